import { PetitionForm } from "@/components/organise/petition-form";
import { PageSection } from "@/components/layout/page-section";
import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";

export default async function NewPetitionPage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, campaign } = await openCampaignPage(params, "petition.edit", "organise/campaigns/[campaignId]/petitions/new", "organise.petitionForm");
  return (
    <PageSection headingId="new-petition-heading" title={t("newTitle", { campaign: campaign.title })} className="max-w-3xl space-y-5">
      <PetitionForm locale={locale} campaignId={campaign.id} />
    </PageSection>
  );
}
