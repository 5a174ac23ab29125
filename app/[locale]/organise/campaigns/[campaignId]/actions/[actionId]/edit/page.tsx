import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getPlannedActionForCampaign } from "@/db/queries/planned-actions";
import { PlannedActionForm } from "@/components/submissions/planned-action-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { timeZoneNames, utcToZonedInput } from "@/lib/calendar/zoned-time";
import { countryOptions } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { missionGroups } from "@/lib/submissions/mission-options";
import { correctPlannedPlaceAction, savePlannedActionAction } from "../../planned-actions";
import { PlaceCorrectionForm } from "@/components/organise/place-correction-form";

type Props = {
  params: Promise<{ locale: string; campaignId: string; actionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditPlannedActionPage({ params, searchParams }: Props) {
  const { locale, campaignId, actionId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "actions.edit", `/${locale}/organise/campaigns/${campaignId}/actions/${actionId}/edit`);
  const id = Number(actionId);
  const action = Number.isInteger(id) && id > 0 ? getPlannedActionForCampaign(campaign.id, id) : undefined;
  if (!action || action.status === "unconfirmed") notFound();
  const t = await getTranslations("organise.plannedActions");
  const query = await searchParams;
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/organise/campaigns/${campaign.id}/actions`} className="underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold">{t("editTitle")}</h1>
      <PlannedActionForm
        variant="organiser"
        action={savePlannedActionAction.bind(null, locale)}
        countries={countryOptions(locale)}
        missionGroups={missionGroups(campaign.id, locale)}
        timeZones={timeZoneNames()}
        hidden={{ campaignId: String(campaign.id), plannedActionId: String(action.id) }}
        defaults={{
          title: action.title,
          description: action.description ?? "",
          startsLocal: utcToZonedInput(action.startsAt, action.timeZone),
          endsLocal: action.endsAt ? utcToZonedInput(action.endsAt, action.timeZone) : "",
          timeZone: action.timeZone,
          place: action.place,
          city: action.city,
          country: action.country,
          missionId: action.missionId ? String(action.missionId) : "",
          contact: action.contact,
          organisation: action.organisation ?? "",
        }}
        submitLabel={t("save")}
      />
      <PlaceCorrectionForm
        action={correctPlannedPlaceAction.bind(null, locale)}
        campaignId={campaign.id}
        itemId={action.id}
        latitude={action.latitude}
        longitude={action.longitude}
        corrected={action.placeCorrected}
        notice={query.notice === "place_saved"}
        error={typeof query.placeError === "string" ? query.placeError : undefined}
      />
    </div>
  );
}
