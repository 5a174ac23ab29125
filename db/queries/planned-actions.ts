/** Planned actions (announced pickets and protests): writes, the organiser list, the .ics read. Lifecycle queries shared with report-backs are in submissions.ts. */
import "server-only";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { pageWithTotal, rowOfCampaign } from "./count";
import { purgeSubmissions } from "./submissions";
import { getDb, type DbOrTx } from "../client";
import { campaigns, missions, plannedActions, type NewPlannedAction, type SubmissionStatus } from "../schema";

export function insertPlannedAction(db: DbOrTx, values: NewPlannedAction) {
  return db.insert(plannedActions).values(values).returning().get();
}

export function updatePlannedAction(db: DbOrTx, id: number, values: Partial<NewPlannedAction>) {
  return db.update(plannedActions).set(values).where(eq(plannedActions.id, id)).returning().get();
}

export function deletePlannedAction(db: DbOrTx, campaignId: number, id: number): boolean {
  return db.delete(plannedActions).where(and(eq(plannedActions.id, id), eq(plannedActions.campaignId, campaignId))).run().changes === 1;
}

export function getPlannedActionForCampaign(campaignId: number, id: number, db: DbOrTx = getDb()) {
  return rowOfCampaign(plannedActions, campaignId, id, db);
}

/** An approved planned action of a live campaign: the only kind the public may download. */
export function getPublicPlannedAction(id: number) {
  return getDb()
    .select({ action: plannedActions, campaignSlug: campaigns.slug, campaignTitle: campaigns.title })
    .from(plannedActions)
    .innerJoin(campaigns, eq(campaigns.id, plannedActions.campaignId))
    .where(and(eq(plannedActions.id, id), eq(plannedActions.status, "approved"), eq(campaigns.status, "live")))
    .get();
}

const withMission = { action: plannedActions, missionName: missions.name };

/** The organiser's list: every confirmed planned action of the campaign, soonest-starting last. */
export function listPlannedActionsForCampaign(opts: { campaignId: number; limit: number; offset: number }) {
  const where = and(eq(plannedActions.campaignId, opts.campaignId), inArray(plannedActions.status, ["pending", "approved", "rejected"]));
  return plannedActionsPage(where, [desc(plannedActions.startsAt), desc(plannedActions.id)], opts);
}

export function listPlannedActionsForModeration(opts: { campaignId: number; status: Exclude<SubmissionStatus, "unconfirmed">; limit: number; offset: number }) {
  const where = and(eq(plannedActions.campaignId, opts.campaignId), eq(plannedActions.status, opts.status));
  return plannedActionsPage(where, [asc(plannedActions.startsAt), asc(plannedActions.id)], opts);
}

function plannedActionsPage(where: SQL | undefined, order: SQL[], page: { limit: number; offset: number }) {
  const db = getDb();
  const query = db
    .select(withMission)
    .from(plannedActions)
    .leftJoin(missions, eq(missions.id, plannedActions.missionId))
    .where(where)
    .orderBy(...order);
  return pageWithTotal(db, query, { table: plannedActions, where }, page);
}

/** Retention, as for reports (purgeSubmissions). */
export function purgePlannedActions(opts: { now: Date; moderatedBefore: Date }): { deleted: number; emailsErased: number } {
  return purgeSubmissions("plannedAction", opts);
}
