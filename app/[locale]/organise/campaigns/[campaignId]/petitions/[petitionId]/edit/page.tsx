import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getPetitionById } from "@/db/queries/petitions";
import { PetitionForm } from "@/components/organise/petition-form";
import { campaignPage } from "@/lib/auth/page-guard";

type Props = { params: Promise<{ locale: string; campaignId: string; petitionId: string }> };

export default async function EditPetitionPage({ params }: Props) {
  const { locale, campaignId, petitionId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "petition.edit", `/${locale}/organise/campaigns/${campaignId}/petitions/${petitionId}/edit`);
  const petition = getPetitionById(Number(petitionId));
  if (!petition || petition.campaignId !== campaign.id) notFound();
  const t = await getTranslations("organise.petitionForm");
  return (
    <section aria-labelledby="edit-petition-heading" className="max-w-3xl space-y-5">
      <h1 id="edit-petition-heading" className="text-3xl font-extrabold">
        {t("editTitle", { title: petition.title })}
      </h1>
      <PetitionForm locale={locale} campaignId={campaign.id} petition={petition} />
    </section>
  );
}
