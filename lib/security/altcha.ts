/**
 * Self-hosted proof of work (ALTCHA) for the public forms. The server signs challenges with a key
 * derived from PICKET_SECRET, so nothing is stored until a solution comes back; a solution is
 * accepted once (its challenge is recorded as spent in the same transaction as the submission).
 *
 * A challenge has a work level (issue #11): level 0 is the normal work; each level doubles the
 * counter range, up to MAX_WORK_LEVEL. The level is signed into the challenge (its `data`), so a
 * solution proves how much work was asked for, and the signing code compares it with the level
 * required at that moment (lib/security/limits.ts `requiredWorkLevel`).
 */
import "server-only";
import { createHash, createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Solution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { spendChallenge } from "@/db/queries/abuse";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";

const ALGORITHM = "PBKDF2/SHA-256";
/**
 * Work: the browser tries counters from 0 until it meets the one the server picked (750–1,500),
 * each a 1,000-iteration PBKDF2. About 0.4 s on one server core, measured with altcha-lib's solver;
 * the widget spreads it over several workers, so a mid-range phone takes about a second.
 */
const COST = 1000;
const COUNTER_MIN = 750;
const COUNTER_MAX = 1500;
/**
 * Levels above 0 double the counter range per level; the cap keeps the hardest challenge (counters
 * 6,000–10,000, about 3.5 s on one server core) under 10 s on a mid-range phone.
 */
export const MAX_WORK_LEVEL = 3;
const COUNTER_CEILING = 10_000;
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

function secrets() {
  const derive = (purpose: string) => createHmac("sha256", config().secret).update(`altcha\0${purpose}`).digest("base64url");
  return { hmacSignatureSecret: derive("challenge"), hmacKeySignatureSecret: derive("key") };
}

/** The counters a challenge of this level is drawn from (the solver tries them from 0 upwards). */
export function counterRange(level: number): [number, number] {
  const factor = 2 ** Math.min(Math.max(0, Math.floor(level)), MAX_WORK_LEVEL);
  return [Math.min(COUNTER_MIN * factor, COUNTER_CEILING), Math.min(COUNTER_MAX * factor, COUNTER_CEILING)];
}

export function newChallenge(now = new Date(), level = 0): Promise<Challenge> {
  const workLevel = Math.min(Math.max(0, Math.floor(level)), MAX_WORK_LEVEL);
  const [min, max] = counterRange(workLevel);
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(max, min), // altcha-lib's order: (max, min)
    data: { level: workLevel },
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    ...secrets(),
  });
}

/** A checked solution, not yet spent: `spend` records it inside the caller's transaction. */
export interface VerifiedSolution {
  id: string;
  expiresAt: Date;
  /** The work level signed into the challenge (0 for a challenge without one). */
  level: number;
}

/**
 * What the form or API sent in the "altcha" field: absent (no JavaScript) → null; present and
 * valid → the solution to spend; present but bad (forged, expired, wrong) → AppError on the field.
 */
export async function checkSolution(payload: unknown): Promise<VerifiedSolution | null> {
  if (payload === undefined || payload === null || payload === "") return null;
  const refuse = (detail: string) => new AppError("verification_failed", detail, "altcha");
  if (typeof payload !== "string" || payload.length > 4000) throw refuse("payload shape");
  let decoded: { challenge?: Challenge; solution?: Solution };
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  } catch {
    throw refuse("payload not base64 JSON");
  }
  const { challenge, solution } = decoded ?? {};
  if (!challenge?.parameters || typeof challenge.signature !== "string" || !solution || challenge.parameters.algorithm !== ALGORITHM) {
    throw refuse("payload fields");
  }
  let result;
  try {
    result = await verifySolution({ challenge, solution, deriveKey, ...secrets() });
  } catch {
    throw refuse("verify threw");
  }
  if (!result.verified) throw refuse(result.expired ? "expired" : "invalid");
  const expiresAt = new Date((challenge.parameters.expiresAt ?? 0) * 1000);
  // Signed with the challenge, so it cannot be raised by the client.
  const signedLevel = challenge.parameters.data?.level;
  const level = typeof signedLevel === "number" && Number.isInteger(signedLevel) ? Math.min(Math.max(0, signedLevel), MAX_WORK_LEVEL) : 0;
  return { id: createHash("sha256").update(challenge.signature).digest("base64url"), expiresAt, level };
}

/** Records the solution as used; a second use of the same challenge is refused like a bad one. */
export function spendSolution(solution: VerifiedSolution): void {
  if (!spendChallenge(solution.id, solution.expiresAt)) throw new AppError("verification_failed", "replayed", "altcha");
}
