import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlannedActionForm } from "@/components/submissions/planned-action-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { timeZoneNames } from "@/lib/calendar/zoned-time";
import { countryOptions } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { missionGroups } from "@/lib/submissions/mission-options";
import { savePlannedActionAction } from "../planned-actions";

/** An organiser announces a planned action; it is public at once. */
export default async function NewPlannedActionPage({ params }: { params: Promise<{ locale: string; campaignId: string }> }) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "actions.edit", `/${locale}/organise/campaigns/${campaignId}/actions/new`);
  const t = await getTranslations("organise.plannedActions");
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/organise/campaigns/${campaign.id}/actions`} className="underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold">{t("newTitle")}</h1>
      <PlannedActionForm
        variant="organiser"
        action={savePlannedActionAction.bind(null, locale)}
        countries={countryOptions(locale)}
        missionGroups={missionGroups(campaign.id, locale)}
        timeZones={timeZoneNames()}
        hidden={{ campaignId: String(campaign.id), plannedActionId: "" }}
        submitLabel={t("create")}
      />
    </div>
  );
}
