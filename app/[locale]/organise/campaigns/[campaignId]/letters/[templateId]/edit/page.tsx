import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLetterTemplateForCampaign } from "@/db/queries/letters";
import { LetterTemplateForm } from "@/components/organise/letter-template-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; campaignId: string; templateId: string }> };

export default async function EditLetterTemplatePage({ params }: Props) {
  const { locale, campaignId, templateId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "letters.edit", `/${locale}/organise/campaigns/${campaignId}/letters/${templateId}/edit`);
  const id = Number(templateId);
  const template = Number.isInteger(id) && id > 0 ? getLetterTemplateForCampaign(campaign.id, id) : undefined;
  if (!template) notFound();
  const t = await getTranslations("organise.letters.form");
  return (
    <section aria-labelledby="edit-letter-heading" className="space-y-5">
      <h1 id="edit-letter-heading" className="text-3xl font-extrabold">
        {t("editTitle", { title: template.title })}
      </h1>
      <LetterTemplateForm locale={locale} campaignId={campaign.id} template={template} />
      <p>
        <Link href={`/organise/campaigns/${campaign.id}/letters/${template.id}/delete`} className="text-red-800 underline">
          {t("deleteLink")}
        </Link>
      </p>
    </section>
  );
}
