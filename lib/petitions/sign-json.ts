/**
 * The JSON signing API, free of any framework: POST /api/petitions/<slug>/signatures.
 * The production front door (lib/hot) answers it straight from node:http; the Next route handler
 * (used by `next dev`) answers with the same function, so both give the same answers.
 *
 * Always 202 for valid input, whether the submission is new, a duplicate or flagged as abuse.
 * The API counts as "with JavaScript" only when it carries a valid proof-of-work solution (the
 * `altcha` field, from GET /api/altcha/challenge?petition=<slug>): then the solution's work level
 * must meet the level this address needs (issue #11). Below it the signature is flagged, unless the
 * body says `"altcha_retry": true`: then 422 `more_work` (nothing written: fetch a new challenge and
 * send again). Without a solution, the no-JavaScript limits apply.
 * The steps (origin, media type, limit, body, schema, petition, write) and the error shape are the
 * spine's (lib/forms/json-action.ts); this file says only what is particular to signing.
 * Two limits are visible here: a bad proof-of-work solution (422) and the transport limit per
 * client address (429 with Retry-After), which is not the per-petition limit that flags silently.
 */
import "server-only";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { AppError } from "@/lib/errors";
import { runJsonAction, type JsonAnswer } from "@/lib/forms/json-action";
import { isLocale } from "@/lib/i18n/locales";
import { clientIpFrom } from "@/lib/security/client-ip";
import { ALTCHA_FIELD, HONEYPOT_FIELD, readGuard, RETRY_FIELD } from "@/lib/security/form-guard";
import { ipHash } from "@/lib/security/keyed-hash";
import { currentLimits, limitOnceGrouped, MINUTE } from "@/lib/security/limits";
import { requestOrigin, type HeaderReader } from "@/lib/security/origin";
import { signatureSchema } from "@/lib/validation/signature";
import { signPetitionGrouped } from "./sign";

export type { JsonAnswer };
export const MAX_SIGN_BODY_BYTES = 16 * 1024;

/** `readBody` gives the body as text, or null when it is longer than MAX_SIGN_BODY_BYTES. */
export function signFromJson(slug: string, headers: HeaderReader, readBody: () => Promise<string | null>): Promise<JsonAnswer> {
  const clientIp = clientIpFrom(headers);
  return runJsonAction({
    schema: signatureSchema,
    headers,
    readBody,
    extraFields: ["locale", ALTCHA_FIELD, HONEYPOT_FIELD, RETRY_FIELD],
    messages: { unsupported_media_type: "Send the signature as application/json." },
    statuses: { petition_not_open: 409 },
    limit: () => {
      const address = ipHash(clientIp);
      return address ? limitOnceGrouped(`api-sign:${address}`, currentLimits().apiSignPerMinute, MINUTE) : { allowed: true };
    },
    authorize: () => {
      const found = getPublicPetitionBySlug(slug);
      if (!found) throw new AppError("not_found", `petition ${slug}`);
      return found.petition;
    },
    // more_work: the solution is good but its level is below what this address now needs (422 on
    // the altcha field: fetch a new challenge); verification_failed: a bad solution (422 likewise).
    perform: async (data, petition, input) => {
      await signPetitionGrouped({
        petition,
        data,
        locale: isLocale(input.locale) ? input.locale : "en",
        clientIp,
        origin: requestOrigin(headers),
        ...(await readGuard(input)),
      });
    },
    onSuccess: () => ({
      status: 202,
      body: { status: "pending_confirmation", message: "Check your email to confirm the signature." },
    }),
  });
}
