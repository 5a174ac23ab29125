/** Planned actions (announced pickets and protests): writes, the organiser list, moderation, the .ics read, retention. */
import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, lt, or } from "drizzle-orm";
import { countRows } from "./count";
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
  return db
    .select()
    .from(plannedActions)
    .where(and(eq(plannedActions.campaignId, campaignId), eq(plannedActions.id, id)))
    .get();
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

export function findPlannedActionByTokenHash(db: DbOrTx, tokenHash: string) {
  return db
    .select({
      id: plannedActions.id,
      title: plannedActions.title,
      status: plannedActions.status,
      tokenExpiresAt: plannedActions.tokenExpiresAt,
      campaignSlug: campaigns.slug,
      campaignTitle: campaigns.title,
      campaignStatus: campaigns.status,
    })
    .from(plannedActions)
    .innerJoin(campaigns, eq(campaigns.id, plannedActions.campaignId))
    .where(eq(plannedActions.tokenHash, tokenHash))
    .get();
}

export function markPlannedActionConfirmed(db: DbOrTx, id: number, now: Date): boolean {
  return (
    db
      .update(plannedActions)
      .set({ status: "pending", confirmedAt: now })
      .where(and(eq(plannedActions.id, id), eq(plannedActions.status, "unconfirmed")))
      .run().changes === 1
  );
}

const withMission = { action: plannedActions, missionName: missions.name };

/** The organiser's list: every confirmed planned action of the campaign, soonest-starting last. */
export function listPlannedActionsForCampaign(opts: { campaignId: number; limit: number; offset: number }) {
  const db = getDb();
  const where = and(eq(plannedActions.campaignId, opts.campaignId), inArray(plannedActions.status, ["pending", "approved", "rejected"]));
  const items = db
    .select(withMission)
    .from(plannedActions)
    .leftJoin(missions, eq(missions.id, plannedActions.missionId))
    .where(where)
    .orderBy(desc(plannedActions.startsAt), desc(plannedActions.id))
    .limit(opts.limit)
    .offset(opts.offset)
    .all();
  return { items, total: countRows(db, plannedActions, where) };
}

export function listPlannedActionsForModeration(opts: { campaignId: number; status: Exclude<SubmissionStatus, "unconfirmed">; limit: number; offset: number }) {
  const db = getDb();
  const where = and(eq(plannedActions.campaignId, opts.campaignId), eq(plannedActions.status, opts.status));
  const items = db
    .select(withMission)
    .from(plannedActions)
    .leftJoin(missions, eq(missions.id, plannedActions.missionId))
    .where(where)
    .orderBy(asc(plannedActions.startsAt), asc(plannedActions.id))
    .limit(opts.limit)
    .offset(opts.offset)
    .all();
  return { items, total: countRows(db, plannedActions, where) };
}

export function setPlannedActionStatus(
  db: DbOrTx,
  opts: { campaignId: number; id: number; status: "approved" | "rejected"; moderatorId: string; now: Date },
): boolean {
  return (
    db
      .update(plannedActions)
      .set({ status: opts.status, moderatedAt: opts.now, moderatedBy: opts.moderatorId })
      .where(
        and(
          eq(plannedActions.id, opts.id),
          eq(plannedActions.campaignId, opts.campaignId),
          inArray(plannedActions.status, ["pending", "approved", "rejected"]),
        ),
      )
      .run().changes === 1
  );
}

/** Retention, as for reports: expired unconfirmed and long-rejected ones go; approved ones lose the private email. */
export function purgePlannedActions(opts: { now: Date; moderatedBefore: Date }): { deleted: number; emailsErased: number } {
  const db = getDb();
  const deleted = db
    .delete(plannedActions)
    .where(
      or(
        and(eq(plannedActions.status, "unconfirmed"), lt(plannedActions.tokenExpiresAt, opts.now)),
        and(eq(plannedActions.status, "rejected"), lt(plannedActions.moderatedAt, opts.moderatedBefore)),
      ),
    )
    .run().changes;
  const emailsErased = db
    .update(plannedActions)
    .set({ contactEmail: null })
    .where(and(eq(plannedActions.status, "approved"), isNotNull(plannedActions.contactEmail), lt(plannedActions.moderatedAt, opts.moderatedBefore)))
    .run().changes;
  return { deleted, emailsErased };
}
