/**
 * Planned actions (pickets, protests): proposed by activists (confirmed by email, then moderated) or
 * created by organisers (approved at once); edited, deleted and moderated by organisers.
 */
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { enqueueEmail } from "@/db/queries/outbox";
import {
  deletePlannedAction,
  getPlannedActionForCampaign,
  insertPlannedAction,
  setPlannedActionStatus,
  updatePlannedAction,
} from "@/db/queries/planned-actions";
import type { Campaign } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { placeColumns } from "@/lib/geo/gazetteer";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { assertMay, type CampaignActor } from "@/lib/reports/actor";
import { assertLive, assertMissionOf } from "@/lib/reports/submit";
import { assertSubmissionAllowed } from "@/lib/security/limits";
import { ipHash } from "@/lib/security/keyed-hash";
import { createToken, tokenExpiry } from "@/lib/security/tokens";
import { absoluteUrl, paths } from "@/lib/urls";
import { plannedInstants, type PlannedActionData, type PlannedFieldsData, type ProposedActionData } from "@/lib/validation/reports";
import { SUBMISSION_NOTICE_VERSION } from "@/lib/petitions/consent";

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

export function proposePlannedAction(input: { campaign: Campaign; data: ProposedActionData; locale: string; clientIp?: string | null; origin?: string; now?: Date }): number {
  const { campaign, data, locale } = input;
  const now = input.now ?? new Date();
  assertLive(campaign);
  assertMissionOf(campaign.id, data.missionId);
  const { token, hash } = createToken();
  const address = ipHash(input.clientIp);
  const place = placeColumns(data.country, data.city);
  const id = getDb().transaction(
    (tx) => {
      // This form has no proof-of-work widget: it gets the normal per-hour budget of its own.
      assertSubmissionAllowed(tx, "planned-action", address, true, now);
      const action = insertPlannedAction(tx, {
        campaignId: campaign.id,
        ...fieldsOf(data),
        ...place,
        contactEmail: data.contactEmail,
        consentVersion: SUBMISSION_NOTICE_VERSION,
        locale,
        ipHash: address,
        status: "unconfirmed",
        tokenHash: hash,
        tokenExpiresAt: tokenExpiry(now),
        createdAt: now,
      });
      enqueueEmail(
        tx,
        {
          template: "confirm-report",
          recipient: data.contactEmail,
          locale,
          payload: { locale, kind: "plannedAction", campaignTitle: campaign.title, confirmUrl: absoluteUrl(paths.plannedActionConfirm(locale, token), input.origin) },
        },
        now,
      );
      return action.id;
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
  return id;
}

/** Creates (approved at once) or updates an organiser's planned action. */
export function savePlannedAction(actor: CampaignActor, data: PlannedActionData, locale: string, now = new Date()): number {
  assertMay(actor, "actions.edit");
  assertMissionOf(actor.campaign.id, data.missionId);
  const campaignId = actor.campaign.id;
  const place = placeColumns(data.country, data.city);
  return getDb().transaction(
    (tx) => {
      if (data.plannedActionId) {
        const existing = getPlannedActionForCampaign(campaignId, data.plannedActionId, tx);
        if (!existing || existing.status === "unconfirmed") throw new AppError("not_found", `planned action ${data.plannedActionId}`);
        // A place an organiser set by hand stays, unless the country or city changes.
        const keep = existing.placeCorrected && existing.country === data.country && existing.city === data.city;
        updatePlannedAction(tx, existing.id, { ...fieldsOf(data), ...(keep ? {} : { ...place, placeCorrected: false }) });
        recordAudit(tx, { actorUserId: actor.organiser.id, action: "planned_action.edit", entityType: "planned_action", entityId: existing.id, campaignId });
        return existing.id;
      }
      const created = insertPlannedAction(tx, {
        campaignId,
        ...fieldsOf(data),
        ...place,
        locale,
        status: "approved",
        createdByUserId: actor.organiser.id,
        createdAt: now,
        confirmedAt: now,
        moderatedAt: now,
        moderatedBy: actor.organiser.id,
      });
      recordAudit(tx, { actorUserId: actor.organiser.id, action: "planned_action.create", entityType: "planned_action", entityId: created.id, campaignId });
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
      recordAudit(tx, { actorUserId: actor.organiser.id, action: "planned_action.delete", entityType: "planned_action", entityId: id, campaignId: actor.campaign.id });
    },
    { behavior: "immediate" },
  );
}

export function decidePlannedAction(actor: CampaignActor, id: number, decision: "approve" | "reject", now = new Date()): void {
  assertMay(actor, "reports.moderate");
  const status = decision === "approve" ? "approved" : "rejected";
  getDb().transaction(
    (tx) => {
      if (!setPlannedActionStatus(tx, { campaignId: actor.campaign.id, id, status, moderatorId: actor.organiser.id, now })) {
        throw new AppError("submission_not_pending", `planned action ${id}`);
      }
      recordAudit(tx, { actorUserId: actor.organiser.id, action: `planned_action.${decision}`, entityType: "planned_action", entityId: id, campaignId: actor.campaign.id });
    },
    { behavior: "immediate" },
  );
}

/**
 * An organiser corrects where the pin of a planned action goes: coordinates typed in (kept through
 * later edits of the text), or null to look the city up in the gazetteer again.
 */
export function correctPlannedActionPlace(actor: CampaignActor, id: number, coordinates: { latitude: number; longitude: number } | null): void {
  assertMay(actor, "actions.edit");
  getDb().transaction(
    (tx) => {
      const existing = getPlannedActionForCampaign(actor.campaign.id, id, tx);
      if (!existing || existing.status === "unconfirmed") throw new AppError("not_found", `planned action ${id}`);
      const place = coordinates ? { ...coordinates, placeCorrected: true } : { ...placeColumns(existing.country, existing.city), placeCorrected: false };
      updatePlannedAction(tx, id, place);
      recordAudit(tx, { actorUserId: actor.organiser.id, action: "planned_action.place", entityType: "planned_action", entityId: id, campaignId: actor.campaign.id, detail: place });
    },
    { behavior: "immediate" },
  );
}
