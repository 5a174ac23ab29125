import { openCampaignPage } from "@/lib/auth/page-guard";
import { utcToZonedInput } from "@/lib/calendar/zoned-time";
import type { LocalePageProps } from "@/lib/i18n/page";
import { correctPlannedPlaceAction } from "../../planned-actions";
import { OrganiserPlannedActionForm, PlannedActionPageFrame, routePlannedAction } from "../../planned-action-page";
import { PlaceCorrectionForm } from "@/components/organise/place-correction-form";
import { placeDefaults } from "@/components/submissions/form-defaults";

export default async function EditPlannedActionPage({ params, searchParams }: LocalePageProps<{ campaignId: string; actionId: string }>) {
  const { locale, t, campaign, actionId } = await openCampaignPage(
    params,
    "actions.edit",
    "organise/campaigns/[campaignId]/actions/[actionId]/edit",
    "organise.plannedActions",
  );
  const action = routePlannedAction(campaign.id, actionId, (found) => found.status !== "unconfirmed");
  const query = await searchParams;
  return (
    <PlannedActionPageFrame campaignId={campaign.id} back={t("title")} title={t("editTitle")}>
      <OrganiserPlannedActionForm
        locale={locale}
        campaignId={campaign.id}
        plannedActionId={action.id}
        defaults={{
          title: action.title,
          description: action.description ?? "",
          startsLocal: utcToZonedInput(action.startsAt, action.timeZone),
          endsLocal: action.endsAt ? utcToZonedInput(action.endsAt, action.timeZone) : "",
          timeZone: action.timeZone,
          place: action.place,
          ...placeDefaults(action),
          contact: action.contact,
          organisation: action.organisation ?? "",
        }}
        submitLabel={t("save")}
      />
      <PlaceCorrectionForm action={correctPlannedPlaceAction.bind(null, locale)} campaignId={campaign.id} item={action} query={query} />
    </PlannedActionPageFrame>
  );
}
