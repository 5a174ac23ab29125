/**
 * The extra fields of the public forms: the proof-of-work payload ("altcha", empty without
 * JavaScript), the honeypot ("website": hidden from people, so only software fills it), and
 * "altcha_retry", which the sign form's script sends to say it can solve a harder challenge if asked.
 */
import "server-only";
import { AppError } from "@/lib/errors";
import { checkSolution, type VerifiedSolution } from "./altcha";

export const HONEYPOT_FIELD = "website";
export const ALTCHA_FIELD = "altcha";
export const RETRY_FIELD = "altcha_retry";

export interface Guard {
  solution: VerifiedSolution | null;
  honeypot: boolean;
  /** The client can fetch and solve a harder challenge when told "more_work" (see lib/petitions/sign.ts). */
  canRetry: boolean;
}

/** Reads both fields from a posted form or a JSON body; a bad solution throws verification_failed on "altcha". */
export async function readGuard(source: FormData | Record<string, unknown>): Promise<Guard> {
  const get = (name: string): unknown => {
    if (!(source instanceof FormData)) return source[name];
    const all = source.getAll(name);
    if (all.length > 1) return all; // refused below as malformed
    return all[0];
  };
  const trap = get(HONEYPOT_FIELD);
  const payload = get(ALTCHA_FIELD);
  if (payload !== undefined && typeof payload !== "string") throw new AppError("verification_failed", "payload type", ALTCHA_FIELD);
  return {
    solution: await checkSolution(payload),
    honeypot: trap !== undefined && trap !== null && trap !== "" && trap !== false,
    canRetry: [true, "1", "true"].includes(get(RETRY_FIELD) as string),
  };
}
