import { notFound } from "next/navigation";
import { getPetitionById } from "@/db/queries/petitions";
import { PetitionForm } from "@/components/organise/petition-form";
import { PageSection } from "@/components/layout/page-section";
import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";

export default async function EditPetitionPage({ params }: LocalePageProps<{ campaignId: string; petitionId: string }>) {
  const { locale, t, campaign, petitionId } = await openCampaignPage(params, "petition.edit", "organise/campaigns/[campaignId]/petitions/[petitionId]/edit", "organise.petitionForm");
  const petition = getPetitionById(Number(petitionId));
  if (!petition || petition.campaignId !== campaign.id) notFound();
  return (
    <PageSection headingId="edit-petition-heading" title={t("editTitle", { title: petition.title })} className="max-w-3xl space-y-5">
      <PetitionForm locale={locale} campaignId={campaign.id} petition={petition} />
    </PageSection>
  );
}
