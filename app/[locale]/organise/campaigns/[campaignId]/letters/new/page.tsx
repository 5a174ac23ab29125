import { getTranslations, setRequestLocale } from "next-intl/server";
import { LetterTemplateForm } from "@/components/organise/letter-template-form";
import { campaignPage } from "@/lib/auth/page-guard";

export default async function NewLetterTemplatePage({ params }: { params: Promise<{ locale: string; campaignId: string }> }) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "letters.edit", `/${locale}/organise/campaigns/${campaignId}/letters/new`);
  const t = await getTranslations("organise.letters.form");
  return (
    <section aria-labelledby="new-letter-heading" className="space-y-5">
      <h1 id="new-letter-heading" className="text-3xl font-extrabold">
        {t("newTitle", { campaign: campaign.title })}
      </h1>
      <LetterTemplateForm locale={locale} campaignId={campaign.id} />
    </section>
  );
}
