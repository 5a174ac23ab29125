/**
 * Rate limits. The numbers come from the environment (lib/config.ts) and an instance admin can
 * override each one (stored in instance_meta); windows are sliding and counted in the database, so
 * they hold across restarts and are the same for every request the one server process handles.
 */
import "server-only";
import { z } from "zod";
import { countEventsSince, countSignaturesFromAddress, oldestEventSince, readSetting, recordEvent, writeSetting } from "@/db/queries/abuse";
import { getDb, type DbOrTx } from "@/db/client";
import { inGroupedTransaction } from "@/db/write-group";
import { recordAudit } from "@/db/queries/audit";
import { config, type AbuseLimits } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { MAX_WORK_LEVEL } from "./altcha";
import { emailFingerprint, ipHash } from "./keyed-hash";

const SETTINGS_KEY = "abuse.limits";
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

export const LIMIT_KEYS = [
  "signBurst",
  "signSustained",
  "signNoJsBurst",
  "signNoJsSustained",
  "reportsPerHour",
  "reportsNoJsPerHour",
  "magicLinksPer15Min",
  "apiSignPerMinute",
  "trendingPerHour",
] as const satisfies readonly (keyof AbuseLimits)[];

const overridesSchema = z.object(Object.fromEntries(LIMIT_KEYS.map((k) => [k, z.number().int().min(1).optional()]))).partial();

let parsedSetting: { raw: string; defaults: AbuseLimits; limits: AbuseLimits } | undefined;

/** The limits in force: the admin's overrides over the configured defaults. */
export function currentLimits(): AbuseLimits {
  const defaults = config().limits;
  const raw = readSetting(SETTINGS_KEY);
  if (!raw) return defaults;
  // Read on every signature: the setting is parsed again only when it changed.
  if (parsedSetting?.raw === raw && parsedSetting.defaults === defaults) return parsedSetting.limits;
  parsedSetting = { raw, defaults, limits: parseOverrides(raw, defaults) };
  return parsedSetting.limits;
}

function parseOverrides(raw: string, defaults: AbuseLimits): AbuseLimits {
  try {
    const parsed = overridesSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return defaults;
    const overrides = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
    return { ...defaults, ...overrides };
  } catch {
    return defaults;
  }
}

export function saveLimits(db: DbOrTx, limits: AbuseLimits): void {
  writeSetting(db, SETTINGS_KEY, JSON.stringify(Object.fromEntries(LIMIT_KEYS.map((k) => [k, limits[k]]))));
}

/**
 * Whether one more signature from this address on this petition is over its limits (without a
 * proof-of-work solution, `verified` false; with one, see requiredWorkLevel). Existing
 * signature rows are the events (the (petition, ip, created) index makes this two index counts).
 */
export function signingOverLimit(petitionId: number,
  ipHash: string | null,
  verified: boolean,
  now: Date,
  limits: AbuseLimits = currentLimits(),
): boolean {
  if (!ipHash) return false;
  const windows: [number, number][] = verified
    ? [
        [limits.signBurst, 60 * SECOND],
        [limits.signSustained, 300 * SECOND],
      ]
    : [
        [limits.signNoJsBurst, 120 * SECOND],
        [limits.signNoJsSustained, 600 * SECOND],
      ];
  return windows.some(([max, ms]) => countSignaturesFromAddress(petitionId, ipHash, new Date(now.getTime() - ms)) >= max);
}

/**
 * The proof-of-work level the next signature from this address on this petition needs (issue #11):
 * 0 within the limits with proof of work (signBurst per 60 s, signSustained per 300 s); beyond them
 * one level more per signature over the limit (each level doubles the work), capped at
 * MAX_WORK_LEVEL. A signature with a solution of at least this level signs normally, so people
 * behind one address (a meeting's Wi-Fi, carrier-grade NAT, Tor) wait a little longer, never vanish.
 */
export function requiredWorkLevel(petitionId: number,
  ipHash: string | null,
  now: Date,
  limits: AbuseLimits = currentLimits(),
): number {
  if (!ipHash) return 0;
  const windows: [number, number][] = [
    [limits.signBurst, 60 * SECOND],
    [limits.signSustained, 300 * SECOND],
  ];
  let over = 0;
  for (const [max, ms] of windows) {
    const n = countSignaturesFromAddress(petitionId, ipHash, new Date(now.getTime() - ms));
    over = Math.max(over, n - max + 1);
    if (over >= MAX_WORK_LEVEL) break;
  }
  return Math.min(over, MAX_WORK_LEVEL);
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A sliding window over rate_limit_events: allowed if fewer than `max` events for the key in the
 * last `windowMs`; an allowed call is recorded (refused ones are not, so a flood does not extend itself).
 */
export function hit(db: DbOrTx, key: string, max: number, windowMs: number, now: Date): LimitDecision {
  const since = new Date(now.getTime() - windowMs);
  if (countEventsSince(key, since) >= max) {
    const oldest = oldestEventSince(db, key, since);
    const retry = oldest ? oldest.getTime() + windowMs - now.getTime() : windowMs;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(retry / SECOND)),
    };
  }
  recordEvent(key, now);
  return { allowed: true };
}

/** The longest window any limit uses: older events can be purged. */
export const LONGEST_WINDOW_MS = 60 * MINUTE;

/**
 * One more event for `key` if the window allows it, in the next grouped commit (db/write-group.ts):
 * the JSON signing API's limit, which every signature passes.
 */
export function limitOnceGrouped(key: string, max: number, windowMs: number): Promise<LimitDecision> {
  return inGroupedTransaction((db) => hit(db, key, max, windowMs, new Date()));
}

/**
 * Emails about a signature that already exists (a confirmation link sent again, "you have already
 * signed"): at most this many per person per petition per hour, whichever alias or address asks.
 * The first confirmation of a new signature is not counted. Without this, anyone could make the
 * instance mail a victim's inbox over and over by signing in their name from many addresses.
 */
export const SIGNER_EMAILS_PER_HOUR = 3;

/** Takes one of the person's email slots for this petition (in the caller's transaction); false when none is left. */
export function allowSignerEmail(db: DbOrTx, petitionId: number, emailFingerprint: string, now: Date): boolean {
  return hit(db, `signer-mail:${petitionId}:${emailFingerprint}`, SIGNER_EMAILS_PER_HOUR, LONGEST_WINDOW_MS, now).allowed;
}

/**
 * Report-backs and planned-action proposals per client address per hour: one budget per purpose,
 * smaller without a proof-of-work solution. Over it the form says so (these are not silent: a
 * reporter who hit the limit should know to try later, and nothing about other people leaks).
 */
export function assertSubmissionAllowed(
  db: DbOrTx,
  purpose: "report" | "planned-action",
  ipHash: string | null,
  verified: boolean,
  now: Date,
): void {
  if (!ipHash) return;
  const limits = currentLimits();
  const max = verified ? limits.reportsPerHour : limits.reportsNoJsPerHour;
  if (!hit(db, `${purpose}:${ipHash}`, max, LONGEST_WINDOW_MS, now).allowed) throw new AppError("rate_limited", `${purpose} limit`);
}

/**
 * Sign-in links: at most magicLinksPer15Min per client address and per email address. The caller
 * answers exactly as for a sent link either way, so the limit reveals nothing about accounts.
 */
export function allowMagicLink(clientIp: string | null, email: string, now = new Date()): boolean {
  const address = ipHash(clientIp);
  const max = currentLimits().magicLinksPer15Min;
  const keys = [`magic-link:email:${emailFingerprint(email)}`, ...(address ? [`magic-link:ip:${address}`] : [])];
  return getDb().transaction(() => takeSlots(keys.map((key) => ({ key, max })), 15 * MINUTE, now), { behavior: "immediate" });
}

/**
 * Several limits at once, all or nothing: if every key has fewer than its `max` events in the window,
 * one event is recorded for each and the answer is true. Run it inside the caller's transaction so
 * two requests cannot both take the last slot.
 */
export function takeSlots(limits: { key: string; max: number }[], windowMs: number, now: Date): boolean {
  const since = new Date(now.getTime() - windowMs);
  if (limits.some(({ key, max }) => countEventsSince(key, since) >= max)) return false;
  for (const { key } of limits) recordEvent(key, now);
  return true;
}

/** An instance admin sets the limits; the change and the numbers before it are audited. */
export function updateLimits(actorUserId: string | null, limits: AbuseLimits): void {
  const before = currentLimits();
  getDb().transaction(
    (tx) => {
      saveLimits(tx, limits);
      recordAudit(tx, {
        actorUserId,
        action: "instance.limits",
        entityType: "instance",
        detail: { before, after: limits },
      });
    },
    { behavior: "immediate" },
  );
}
