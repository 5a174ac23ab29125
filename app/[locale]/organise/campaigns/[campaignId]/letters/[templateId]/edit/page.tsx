import { getLetterTemplateForCampaign } from "@/db/queries/letters";
import { LetterTemplateForm } from "@/components/organise/letter-template-form";
import { PageSection } from "@/components/layout/page-section";
import { foundById, openCampaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";

export default async function EditLetterTemplatePage({ params }: LocalePageProps<{ campaignId: string; templateId: string }>) {
  const page = await openCampaignPage(params, "letters.edit", "organise/campaigns/[campaignId]/letters/[templateId]/edit", "organise.letters.form");
  const { locale, t, campaign } = page;
  const template = foundById(page.templateId, (id) => getLetterTemplateForCampaign(campaign.id, id));
  return (
    <PageSection headingId="edit-letter-heading" title={t("editTitle", { title: template.title })} className="space-y-5">
      <LetterTemplateForm locale={locale} campaignId={campaign.id} template={template} />
      <p>
        <Link href={`/organise/campaigns/${campaign.id}/letters/${template.id}/delete`} className="text-red-800 underline">
          {t("deleteLink")}
        </Link>
      </p>
    </PageSection>
  );
}
