import { getLetterTemplateForCampaign } from "@/db/queries/letters";
import { DeleteLetterTemplateForm } from "@/components/organise/delete-letter-template-form";
import { PageSection } from "@/components/layout/page-section";
import { foundById, openCampaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";

/** Deleting asks first, on a page of its own, so the confirmation works without JavaScript. */
export default async function DeleteLetterTemplatePage({ params }: LocalePageProps<{ campaignId: string; templateId: string }>) {
  const page = await openCampaignPage(params, "letters.edit", "organise/campaigns/[campaignId]/letters/[templateId]/delete", "organise.letters.deletePage");
  const { locale, t, campaign } = page;
  const template = foundById(page.templateId, (id) => getLetterTemplateForCampaign(campaign.id, id));
  return (
    <PageSection headingId="delete-letter-heading" title={t("title", { title: template.title })} className="max-w-2xl space-y-4">
      <p>{t("body")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <DeleteLetterTemplateForm locale={locale} campaignId={campaign.id} templateId={template.id} label={t("confirm")} />
        <Link href={`/organise/campaigns/${campaign.id}/letters`} className="underline">
          {t("cancel")}
        </Link>
      </div>
    </PageSection>
  );
}
