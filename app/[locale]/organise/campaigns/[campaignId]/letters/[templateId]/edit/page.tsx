import { LetterTemplateForm } from "@/components/organise/letter-template-form";
import { PageSection } from "@/components/layout/page-section";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { openTemplatePage } from "../template-page";

export default async function EditLetterTemplatePage({ params }: LocalePageProps<{ campaignId: string; templateId: string }>) {
  const { locale, t, campaign, template } = await openTemplatePage(params, "edit", "organise.letters.form");
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
