import { MissionCard } from "@/components/directory/mission-card";
import { PageSection } from "@/components/layout/page-section";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { deleteMissionAction } from "../../directory-actions";
import { openMissionPage } from "../mission-page";

/** Deleting asks first on a page of its own, so the confirmation works without JavaScript. */
export default async function DeleteMissionPage({ params }: LocalePageProps<{ campaignId: string; missionId: string }>) {
  const { locale, t, campaign, mission, base } = await openMissionPage(params, "delete");
  return (
    <PageSection headingId="delete-mission-heading" title={t("delete.title")} className="max-w-3xl space-y-5" back={{ href: base, label: t("title") }}>
      <p>{t("delete.question")}</p>
      <MissionCard mission={mission} headingLevel={2} />
      <OrganiserForm
        schema="deleteMission"
        id="delete-mission"
        action={deleteMissionAction.bind(null, locale)}
        submitLabel={t("delete.confirm")}
        ids={{ campaignId: campaign.id, missionId: mission.id }}
        defaults={{}}
        fields={[]}
      />
      <p>
        <Link href={base} className="underline">
          {t("delete.cancel")}
        </Link>
      </p>
    </PageSection>
  );
}
