import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getPlannedActionForCampaign } from "@/db/queries/planned-actions";
import { ReportForm } from "@/components/submissions/report-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { utcToZonedInput } from "@/lib/calendar/zoned-time";
import { countryOptions } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { missionGroups } from "@/lib/submissions/mission-options";
import { reportFromPlannedActionAction } from "../../planned-actions";

type Props = { params: Promise<{ locale: string; campaignId: string; actionId: string }> };

/** "Turn into a report": the form starts from what the planned action already says; the organiser adds what happened. */
export default async function PlannedActionReportPage({ params }: Props) {
  const { locale, campaignId, actionId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "actions.edit", `/${locale}/organise/campaigns/${campaignId}/actions/${actionId}/report`);
  const id = Number(actionId);
  const action = Number.isInteger(id) && id > 0 ? getPlannedActionForCampaign(campaign.id, id) : undefined;
  if (!action || action.status !== "approved" || action.startsAt.getTime() > Date.now()) notFound();
  const t = await getTranslations("organise.plannedActions");
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/organise/campaigns/${campaign.id}/actions`} className="underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold">{t("reportTitle", { title: action.title })}</h1>
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
          city: action.city,
          country: action.country,
          missionId: action.missionId ? String(action.missionId) : "",
          organisation: action.organisation ?? "",
        }}
        submitLabel={t("saveReport")}
      />
    </div>
  );
}
