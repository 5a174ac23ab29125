/** Organiser accounts and their campaign roles. */
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "../client";
import { countRows } from "./count";
import { campaignMembers, campaigns, users, verificationTokens } from "../schema";
import type { CampaignRole } from "../../lib/auth/roles";

export function findUserByEmail(email: string, db: DbOrTx = getDb()) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function findUserById(id: string) {
  return getDb().select().from(users).where(eq(users.id, id)).get();
}

/** Creates the user if missing; returns it. Emails are stored lowercased, as Auth.js normalises them. */
export function ensureUser(db: DbOrTx, email: string, opts: { isAdmin?: boolean; name?: string | null } = {}) {
  const normalised = email.trim().toLowerCase();
  const existing = findUserByEmail(normalised, db);
  if (existing) {
    if (opts.isAdmin && !existing.isAdmin) {
      db.update(users).set({ isAdmin: true }).where(eq(users.id, existing.id)).run();
      return { ...existing, isAdmin: true };
    }
    return existing;
  }
  return db
    .insert(users)
    .values({ email: normalised, isAdmin: opts.isAdmin ?? false, name: opts.name ?? null })
    .returning()
    .get();
}

export function setUserTimeZone(db: DbOrTx, userId: string, timeZone: string) {
  db.update(users).set({ timeZone }).where(eq(users.id, userId)).run();
}

export function getMembership(campaignId: number, userId: string) {
  return getDb()
    .select()
    .from(campaignMembers)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)))
    .get();
}

export function setMembership(db: DbOrTx, campaignId: number, userId: string, role: CampaignRole) {
  db.insert(campaignMembers)
    .values({ campaignId, userId, role })
    .onConflictDoUpdate({ target: [campaignMembers.campaignId, campaignMembers.userId], set: { role } })
    .run();
}

export function removeMembership(db: DbOrTx, campaignId: number, userId: string) {
  db.delete(campaignMembers)
    .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)))
    .run();
}

/** Campaigns a user belongs to (all campaigns for an admin), with the user's role. */
export function listCampaignsForUser(userId: string, isAdmin: boolean) {
  const db = getDb();
  if (isAdmin) {
    return db
      .select({ campaign: campaigns, role: campaignMembers.role })
      .from(campaigns)
      .leftJoin(campaignMembers, and(eq(campaignMembers.campaignId, campaigns.id), eq(campaignMembers.userId, userId)))
      .orderBy(asc(campaigns.title))
      .all();
  }
  return db
    .select({ campaign: campaigns, role: campaignMembers.role })
    .from(campaignMembers)
    .innerJoin(campaigns, eq(campaigns.id, campaignMembers.campaignId))
    .where(eq(campaignMembers.userId, userId))
    .orderBy(asc(campaigns.title))
    .all();
}

export function listCampaignMembers(campaignId: number) {
  return getDb()
    .select({ userId: users.id, email: users.email, name: users.name, role: campaignMembers.role, since: campaignMembers.createdAt })
    .from(campaignMembers)
    .innerJoin(users, eq(users.id, campaignMembers.userId))
    .where(eq(campaignMembers.campaignId, campaignId))
    .orderBy(asc(users.email))
    .all();
}

/** Stores an Auth.js verification token (already hashed) for an invitation's sign-in link. */
export function insertVerificationToken(db: DbOrTx, identifier: string, tokenHash: string, expires: Date) {
  db.insert(verificationTokens).values({ identifier, token: tokenHash, expires }).run();
}

export function listUsers(opts: { limit: number; offset: number }) {
  const db = getDb();
  const items = db.select().from(users).orderBy(asc(users.email)).limit(opts.limit).offset(opts.offset).all();
  return { items, total: countRows(db, users) };
}
