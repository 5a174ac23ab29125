/**
 * Planned actions (pickets, protests): what only this kind adds to the shared lifecycle. Its fields
 * (times read in the place's time zone), and an organiser's own entries: created approved at once,
 * edited and deleted. Proposing, confirming and moderating are the shared ones (../submit.ts, ../moderation.ts).
 */
import "server-only";
import { getDb } from "@/db/client";
import { deletePlannedAction, getPlannedActionForCampaign, insertPlannedAction, updatePlannedAction } from "@/db/queries/planned-actions";
import { AppError } from "@/lib/errors";
import { placeColumns } from "@/lib/geo/gazetteer";
import { plannedInstants, type PlannedActionData, type PlannedFieldsData, type ProposedActionData } from "@/lib/validation/reports";
import { assertMay, type CampaignActor } from "../actor";
import { auditSubmission, correctSubmissionPlace, decideSubmission, placeAfterEdit, type Decision } from "../moderation";
import { approvedByOrganiser, assertMissionOf, writeSubmission, type SubmissionInput } from "../submit";

function fieldsOf(data: PlannedFieldsData) {
  const times = plannedInstants(data);
  // The schema has already refused anything plannedInstants cannot read.
  if (!times) throw new AppError("malformed_input", "unreadable times");
  return {
    title: data.title,
    description: data.description ?? null,
    startsAt: times.startsAt,
    endsAt: times.endsAt ?? null,
    timeZone: data.timeZone,
    place: data.place,
    city: data.city,
    country: data.country,
    missionId: data.missionId ?? null,
    contact: data.contact ?? "",
    organisation: data.organisation ?? null,
  };
}

/** An activist proposes one: it waits for the email's confirmation, then for a moderator. */
export function proposePlannedAction(input: SubmissionInput & { data: ProposedActionData }): number {
  const fields = fieldsOf(input.data);
  return writeSubmission("plannedAction", input, input.data, (tx, columns) => insertPlannedAction(tx, { ...fields, ...columns }).id);
}

/** Creates (approved at once) or updates an organiser's planned action. */
export function savePlannedAction(actor: CampaignActor, data: PlannedActionData, locale: string, now = new Date()): number {
  assertMay(actor, "actions.edit");
  assertMissionOf(actor.campaign.id, data.missionId);
  const fields = fieldsOf(data);
  return getDb().transaction(
    (tx) => {
      if (data.plannedActionId) {
        const existing = getPlannedActionForCampaign(actor.campaign.id, data.plannedActionId, tx);
        if (!existing || existing.status === "unconfirmed") throw new AppError("not_found", `planned action ${data.plannedActionId}`);
        updatePlannedAction(tx, existing.id, { ...fields, ...placeAfterEdit(existing, fields) });
        auditSubmission(tx, "plannedAction", actor, "edit", existing.id);
        return existing.id;
      }
      const created = insertPlannedAction(tx, { ...fields, ...placeColumns(data.country, data.city), ...approvedByOrganiser(actor, locale, now) });
      auditSubmission(tx, "plannedAction", actor, "create", created.id);
      return created.id;
    },
    { behavior: "immediate" },
  );
}

export function removePlannedAction(actor: CampaignActor, id: number): void {
  assertMay(actor, "actions.edit");
  getDb().transaction(
    (tx) => {
      if (!deletePlannedAction(tx, actor.campaign.id, id)) throw new AppError("not_found", `planned action ${id}`);
      auditSubmission(tx, "plannedAction", actor, "delete", id);
    },
    { behavior: "immediate" },
  );
}

/** See decideSubmission. */
export function decidePlannedAction(actor: CampaignActor, id: number, decision: Decision, now = new Date()): void {
  decideSubmission("plannedAction", actor, id, decision, { now });
}

/** See correctSubmissionPlace. */
export function correctPlannedActionPlace(actor: CampaignActor, id: number, coordinates: { latitude: number; longitude: number } | null): void {
  correctSubmissionPlace("plannedAction", actor, id, coordinates);
}
