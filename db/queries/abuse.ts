/**
 * Abuse resistance: sliding-window events, spent proof-of-work challenges, the admin's limit
 * settings, per-address signature counts, and the "trending" sources of a petition's signatures.
 */
import "server-only";
import { and, count, desc, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { getDb } from "../client";
import { instanceMeta, rateLimitEvents, signatures, spentChallenges } from "../schema";
import { prepared } from "../prepared";

// The hot ones (every signature runs them) are prepared once; see db/prepared.ts.
const eventsSince = prepared((db) =>
  db
    .select({ n: count() })
    .from(rateLimitEvents)
    .where(and(eq(rateLimitEvents.key, sql.placeholder("key")), gte(rateLimitEvents.at, sql.placeholder("since"))))
    .prepare(),
);
const insertEvent = prepared((db) =>
  db
    .insert(rateLimitEvents)
    .values({ key: sql.placeholder("key"), at: sql.placeholder("at") })
    .prepare(),
);
const insertSpentChallenge = prepared((db) =>
  db
    .insert(spentChallenges)
    .values({
      id: sql.placeholder("id"),
      expiresAt: sql.placeholder("expiresAt"),
    })
    .onConflictDoNothing()
    .prepare(),
);
const setting = prepared((db) =>
  db
    .select({ value: instanceMeta.value })
    .from(instanceMeta)
    .where(eq(instanceMeta.key, sql.placeholder("key")))
    .prepare(),
);
const signaturesFromAddress = prepared((db) =>
  db
    .select({ n: count() })
    .from(signatures)
    .where(
      and(
        eq(signatures.petitionId, sql.placeholder("petitionId")),
        eq(signatures.ipHash, sql.placeholder("ipHash")),
        gte(signatures.createdAt, sql.placeholder("since")),
      ),
    )
    .prepare(),
);

/** The prepared ones run on the process's one connection: called inside a transaction, they are part of it. */
export function countEventsSince(key: string, since: Date): number {
  return eventsSince().get({ key, since: since.getTime() })?.n ?? 0;
}

/** The oldest event still inside the window: when it leaves, one more is allowed. */
export function oldestEventSince(db: DbOrTx, key: string, since: Date): Date | undefined {
  return db
    .select({ at: rateLimitEvents.at })
    .from(rateLimitEvents)
    .where(and(eq(rateLimitEvents.key, key), gte(rateLimitEvents.at, since)))
    .orderBy(rateLimitEvents.at)
    .limit(1)
    .get()?.at;
}

export function recordEvent(key: string, at: Date): void {
  insertEvent().run({ key, at });
}

export function deleteEventsBefore(before: Date): number {
  return getDb().delete(rateLimitEvents).where(lt(rateLimitEvents.at, before)).run().changes;
}

/** Records a solved challenge; false if it was already spent (a replay). */
export function spendChallenge(id: string, expiresAt: Date): boolean {
  return insertSpentChallenge().run({ id, expiresAt }).changes === 1;
}

export function deleteExpiredChallenges(now: Date): number {
  return getDb().delete(spentChallenges).where(lt(spentChallenges.expiresAt, now)).run().changes;
}

export function readSetting(key: string): string | undefined {
  return setting().get({ key })?.value;
}

export function writeSetting(db: DbOrTx, key: string, value: string): void {
  db.insert(instanceMeta).values({ key, value }).onConflictDoUpdate({ target: instanceMeta.key, set: { value } }).run();
}

/** Every signature row (any status) from one client address on one petition since a moment: uses the (petition, ip, created) index. */
export function countSignaturesFromAddress(petitionId: number, ipHash: string, since: Date): number {
  return signaturesFromAddress().get({ petitionId, ipHash, since: since.getTime() })?.n ?? 0;
}

export function deleteSignature(db: DbOrTx, id: number): void {
  db.delete(signatures).where(eq(signatures.id, id)).run();
}

const LIVE = ["pending", "confirmed", "flagged"] as const;

/**
 * Client addresses and email domains with at least `threshold` signatures (pending, confirmed or
 * flagged) on the petition since `since`, most first.
 */
export function trendingSources(petitionId: number, since: Date, threshold: number, limit = 20) {
  const db = getDb();
  const recent = and(eq(signatures.petitionId, petitionId), gte(signatures.createdAt, since), inArray(signatures.status, [...LIVE]));
  const n = count();
  const addresses = db
    .select({ key: signatures.ipHash, n })
    .from(signatures)
    .where(and(recent, isNotNull(signatures.ipHash)))
    .groupBy(signatures.ipHash)
    .having(gte(n, threshold))
    .orderBy(desc(n))
    .limit(limit)
    .all();
  const domain = sql<string>`lower(substr(${signatures.email}, instr(${signatures.email}, '@') + 1))`;
  const domains = db
    .select({ key: domain, n })
    .from(signatures)
    .where(recent)
    .groupBy(domain)
    .having(gte(n, threshold))
    .orderBy(desc(n))
    .limit(limit)
    .all();
  return {
    addresses: addresses.map((a) => ({ key: a.key ?? "", n: a.n })),
    domains,
  };
}
