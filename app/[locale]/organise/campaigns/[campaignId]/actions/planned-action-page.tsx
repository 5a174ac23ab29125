/**
 * What the organiser's planned-action pages (new, edit, turn into a report) share: the frame with its
 * link back to the list, the action named by the route (404 unless `usable`), and the organiser's form.
 */
import type { ComponentProps, ReactNode } from "react";
import { getPlannedActionForCampaign } from "@/db/queries/planned-actions";
import { BackLink } from "@/components/layout/page-section";
import { PlannedActionForm } from "@/components/submissions/planned-action-form";
import { foundById } from "@/lib/auth/page-guard";
import { timeZoneNames } from "@/lib/calendar/zoned-time";
import { countryOptions } from "@/lib/i18n/countries";
import { missionGroups } from "@/lib/submissions/mission-options";
import { notFound } from "next/navigation";
import { savePlannedActionAction } from "./planned-actions";

type PlannedAction = NonNullable<ReturnType<typeof getPlannedActionForCampaign>>;

export function PlannedActionPageFrame({ campaignId, back, title, children }: { campaignId: number; back: ReactNode; title: ReactNode; children: ReactNode }) {
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/organise/campaigns/${campaignId}/actions`}>{back}</BackLink>
      <h1 className="text-3xl font-extrabold">{title}</h1>
      {children}
    </div>
  );
}

/** The campaign's planned action named by the `[actionId]` segment; 404 when missing or not `usable`. */
export function routePlannedAction(campaignId: number, segment: string, usable: (action: PlannedAction) => boolean): PlannedAction {
  const action = foundById(segment, (id) => getPlannedActionForCampaign(campaignId, id));
  if (!usable(action)) notFound();
  return action;
}

/** The organiser's planned-action form: a new action (no `plannedActionId`) or a saved one with its `defaults`. */
export function OrganiserPlannedActionForm({
  locale,
  campaignId,
  plannedActionId,
  defaults,
  submitLabel,
}: {
  locale: string;
  campaignId: number;
  plannedActionId?: number;
  defaults?: ComponentProps<typeof PlannedActionForm>["defaults"];
  submitLabel: string;
}) {
  return (
    <PlannedActionForm
      variant="organiser"
      action={savePlannedActionAction.bind(null, locale)}
      countries={countryOptions(locale)}
      missionGroups={missionGroups(campaignId, locale)}
      timeZones={timeZoneNames()}
      hidden={{ campaignId: String(campaignId), plannedActionId: plannedActionId ? String(plannedActionId) : "" }}
      defaults={defaults}
      submitLabel={submitLabel}
    />
  );
}
