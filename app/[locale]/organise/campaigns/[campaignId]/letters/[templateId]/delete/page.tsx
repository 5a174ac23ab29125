import { DeleteLetterTemplateForm } from "@/components/organise/delete-letter-template-form";
import { PageSection } from "@/components/layout/page-section";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { openTemplatePage } from "../template-page";

/** Deleting asks first, on a page of its own, so the confirmation works without JavaScript. */
export default async function DeleteLetterTemplatePage({ params }: LocalePageProps<{ campaignId: string; templateId: string }>) {
  const { locale, t, campaign, template } = await openTemplatePage(params, "delete", "organise.letters.deletePage");
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
