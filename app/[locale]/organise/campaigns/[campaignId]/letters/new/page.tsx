import { LetterTemplateForm } from "@/components/organise/letter-template-form";
import { PageSection } from "@/components/layout/page-section";
import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";

export default async function NewLetterTemplatePage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, campaign } = await openCampaignPage(params, "letters.edit", "organise/campaigns/[campaignId]/letters/new", "organise.letters.form");
  return (
    <PageSection headingId="new-letter-heading" title={t("newTitle", { campaign: campaign.title })} className="space-y-5">
      <LetterTemplateForm locale={locale} campaignId={campaign.id} />
    </PageSection>
  );
}
