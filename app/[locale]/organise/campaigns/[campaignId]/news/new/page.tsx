import { getTranslations, setRequestLocale } from "next-intl/server";
import { publishNewsAction } from "@/app/[locale]/organise/campaigns/[campaignId]/campaign-content-actions";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { campaignPage } from "@/lib/auth/page-guard";

export default async function NewNewsPage({ params }: { params: Promise<{ locale: string; campaignId: string }> }) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "news.edit", `/${locale}/organise/campaigns/${campaignId}/news/new`);
  const t = await getTranslations("organise.newsForm");
  return (
    <section aria-labelledby="news-heading" className="max-w-3xl space-y-5">
      <h1 id="news-heading" className="text-3xl font-extrabold">
        {t("title", { campaign: campaign.title })}
      </h1>
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
    </section>
  );
}
