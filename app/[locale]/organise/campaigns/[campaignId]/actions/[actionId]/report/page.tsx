import { ReportForm } from "@/components/submissions/report-form";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { utcToZonedInput } from "@/lib/calendar/zoned-time";
import { countryOptions } from "@/lib/i18n/countries";
import type { LocalePageProps } from "@/lib/i18n/page";
import { missionGroups } from "@/lib/submissions/mission-options";
import { reportFromPlannedActionAction } from "../../planned-actions";
import { PlannedActionPageFrame, routePlannedAction } from "../../planned-action-page";
import { placeDefaults } from "@/components/submissions/form-defaults";

/** "Turn into a report": the form starts from what the planned action already says; the organiser adds what happened. */
export default async function PlannedActionReportPage({ params }: LocalePageProps<{ campaignId: string; actionId: string }>) {
  const { locale, t, campaign, actionId } = await openCampaignPage(
    params,
    "actions.edit",
    "organise/campaigns/[campaignId]/actions/[actionId]/report",
    "organise.plannedActions",
  );
  const action = routePlannedAction(campaign.id, actionId, (found) => found.status === "approved" && found.startsAt.getTime() <= Date.now());
  return (
    <PlannedActionPageFrame campaignId={campaign.id} back={t("title")} title={t("reportTitle", { title: action.title })}>
      <p className="text-stone-700">{t("reportIntro")}</p>
      <ReportForm
        variant="fromPlanned"
        action={reportFromPlannedActionAction.bind(null, locale)}
        countries={countryOptions(locale)}
        missionGroups={missionGroups(campaign.id, locale)}
        hidden={{ campaignId: String(campaign.id), plannedActionId: String(action.id) }}
        defaults={{
          kind: "protest",
          // The day at the place, not in UTC (a picket late in the evening east of Greenwich is already tomorrow there).
          actionDate: utcToZonedInput(action.startsAt, action.timeZone).slice(0, 10),
          ...placeDefaults(action),
          organisation: action.organisation ?? "",
        }}
        submitLabel={t("saveReport")}
      />
    </PlannedActionPageFrame>
  );
}
