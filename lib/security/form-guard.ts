/**
 * The two extra fields of the public forms: the proof-of-work payload ("altcha", empty without
 * JavaScript) and the honeypot ("website": hidden from people, so only software fills it).
 */
import "server-only";
import { AppError } from "@/lib/errors";
import { checkSolution, type VerifiedSolution } from "./altcha";

export const HONEYPOT_FIELD = "website";
export const ALTCHA_FIELD = "altcha";

export interface Guard {
  solution: VerifiedSolution | null;
  honeypot: boolean;
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
  };
}
