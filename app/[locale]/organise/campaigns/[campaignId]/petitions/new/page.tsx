import { getTranslations, setRequestLocale } from "next-intl/server";
import { PetitionForm } from "@/components/organise/petition-form";
import { campaignPage } from "@/lib/auth/page-guard";

export default async function NewPetitionPage({ params }: { params: Promise<{ locale: string; campaignId: string }> }) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "petition.edit", `/${locale}/organise/campaigns/${campaignId}/petitions/new`);
  const t = await getTranslations("organise.petitionForm");
  return (
    <section aria-labelledby="new-petition-heading" className="max-w-3xl space-y-5">
      <h1 id="new-petition-heading" className="text-3xl font-extrabold">
        {t("newTitle", { campaign: campaign.title })}
      </h1>
      <PetitionForm locale={locale} campaignId={campaign.id} />
    </section>
  );
}
