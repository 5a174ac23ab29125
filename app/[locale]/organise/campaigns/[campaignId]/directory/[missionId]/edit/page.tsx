import { getMissionForCampaign } from "@/db/queries/missions";
import { MissionForm } from "@/components/directory/mission-form";
import { VerificationBadge } from "@/components/directory/verification-badge";
import { PageSection } from "@/components/layout/page-section";
import { foundById, openCampaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";

export default async function EditMissionPage({ params }: LocalePageProps<{ campaignId: string; missionId: string }>) {
  const page = await openCampaignPage(params, "directory.edit", "organise/campaigns/[campaignId]/directory/[missionId]/edit", "directory");
  const { locale, t, campaign } = page;
  const mission = foundById(page.missionId, (id) => getMissionForCampaign(campaign.id, id));
  const base = `/organise/campaigns/${campaign.id}/directory`;
  return (
    <PageSection headingId="edit-mission-heading" title={t("form.editTitle", { name: mission.name })} className="max-w-3xl space-y-5" back={{ href: base, label: t("title") }}>
      <p>
        <VerificationBadge entry={mission} />
      </p>
      <MissionForm locale={locale} campaignId={campaign.id} mission={mission} />
      <p>
        <Link href={`${base}/${mission.id}/delete`} className="text-red-800 underline">
          {t("card.delete")}
        </Link>
      </p>
    </PageSection>
  );
}
