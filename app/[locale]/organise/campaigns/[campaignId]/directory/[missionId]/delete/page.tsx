import { getMissionForCampaign } from "@/db/queries/missions";
import { MissionCard } from "@/components/directory/mission-card";
import { PageSection } from "@/components/layout/page-section";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { foundById, openCampaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { deleteMissionAction } from "../../directory-actions";

/** Deleting asks first on a page of its own, so the confirmation works without JavaScript. */
export default async function DeleteMissionPage({ params }: LocalePageProps<{ campaignId: string; missionId: string }>) {
  const page = await openCampaignPage(params, "directory.edit", "organise/campaigns/[campaignId]/directory/[missionId]/delete", "directory");
  const { locale, t, campaign } = page;
  const mission = foundById(page.missionId, (id) => getMissionForCampaign(campaign.id, id));
  const base = `/organise/campaigns/${campaign.id}/directory`;
  return (
    <PageSection headingId="delete-mission-heading" title={t("delete.title")} className="max-w-3xl space-y-5" back={{ href: base, label: t("title") }}>
      <p>{t("delete.question")}</p>
      <MissionCard mission={mission} headingLevel={2} />
      <OrganiserForm
        schema="deleteMission"
        id="delete-mission"
        action={deleteMissionAction.bind(null, locale)}
        submitLabel={t("delete.confirm")}
        defaults={{ campaignId: String(campaign.id), missionId: String(mission.id) }}
        fields={[
          { name: "campaignId", label: "", kind: "hidden" },
          { name: "missionId", label: "", kind: "hidden" },
        ]}
      />
      <p>
        <Link href={base} className="underline">
          {t("delete.cancel")}
        </Link>
      </p>
    </PageSection>
  );
}
