import { publishNewsAction } from "@/app/[locale]/organise/campaigns/[campaignId]/campaign-content-actions";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { PageSection } from "@/components/layout/page-section";
import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";

export default async function NewNewsPage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, campaign } = await openCampaignPage(params, "news.edit", "organise/campaigns/[campaignId]/news/new", "organise.newsForm");
  return (
    <PageSection headingId="news-heading" title={t("title", { campaign: campaign.title })} className="max-w-3xl space-y-5">
      <OrganiserForm
        schema="news"
        action={publishNewsAction.bind(null, locale)}
        submitLabel={t("publish")}
        defaults={{ campaignId: String(campaign.id), title: "", body: "", emailSigners: false }}
        fields={[
          { name: "campaignId", label: "", kind: "hidden" },
          { name: "title", label: t("headline"), kind: "text" },
          { name: "body", label: t("body"), kind: "markdown", rows: 10, hint: t("markdownHint") },
          { name: "emailSigners", label: t("emailSigners"), kind: "checkbox", hint: t("emailSignersHint") },
        ]}
      />
    </PageSection>
  );
}
