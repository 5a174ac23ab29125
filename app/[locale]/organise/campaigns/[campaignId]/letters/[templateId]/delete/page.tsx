import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLetterTemplateForCampaign } from "@/db/queries/letters";
import { DeleteLetterTemplateForm } from "@/components/organise/delete-letter-template-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; campaignId: string; templateId: string }> };

/** Deleting asks first, on a page of its own, so the confirmation works without JavaScript. */
export default async function DeleteLetterTemplatePage({ params }: Props) {
  const { locale, campaignId, templateId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "letters.edit", `/${locale}/organise/campaigns/${campaignId}/letters/${templateId}/delete`);
  const id = Number(templateId);
  const template = Number.isInteger(id) && id > 0 ? getLetterTemplateForCampaign(campaign.id, id) : undefined;
  if (!template) notFound();
  const t = await getTranslations("organise.letters.deletePage");
  return (
    <section aria-labelledby="delete-letter-heading" className="max-w-2xl space-y-4">
      <h1 id="delete-letter-heading" className="text-3xl font-extrabold">
        {t("title", { title: template.title })}
      </h1>
      <p>{t("body")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <DeleteLetterTemplateForm locale={locale} campaignId={campaign.id} templateId={template.id} label={t("confirm")} />
        <Link href={`/organise/campaigns/${campaign.id}/letters`} className="underline">
          {t("cancel")}
        </Link>
      </div>
    </section>
  );
}
