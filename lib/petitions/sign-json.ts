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
 * Two limits are visible here: a bad proof-of-work solution (422) and the transport limit per
 * client address (429 with Retry-After), which is not the per-petition limit that flags silently.
 */
import "server-only";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { clientIpFrom } from "@/lib/security/client-ip";
import { ALTCHA_FIELD, HONEYPOT_FIELD, readGuard, RETRY_FIELD } from "@/lib/security/form-guard";
import { ipHash } from "@/lib/security/keyed-hash";
import { currentLimits, limitOnceGrouped, MINUTE } from "@/lib/security/limits";
import { hasTrustedOrigin, requestOrigin, type HeaderReader } from "@/lib/security/origin";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { jsonFields, MalformedInputError } from "@/lib/validation/form-data";
import { signatureSchema } from "@/lib/validation/signature";
import { signPetitionGrouped } from "./sign";

export const MAX_SIGN_BODY_BYTES = 16 * 1024;
const FIELDS = [...Object.keys(signatureSchema.shape), "locale", ALTCHA_FIELD, HONEYPOT_FIELD, RETRY_FIELD];

export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
  retryAfterSeconds?: number;
}

/** `readBody` gives the body as text, or null when it is longer than MAX_SIGN_BODY_BYTES. */
export async function signFromJson(slug: string, headers: HeaderReader, readBody: () => Promise<string | null>): Promise<JsonAnswer> {
  if (!hasTrustedOrigin(headers)) {
    return {
      status: 403,
      body: {
        error: "forbidden_origin",
        message: "Send the request from this site (a missing, null or foreign Origin is refused).",
      },
    };
  }
  if (!headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return {
      status: 415,
      body: {
        error: "unsupported_media_type",
        message: "Send the signature as application/json.",
      },
    };
  }
  const clientIp = clientIpFrom(headers);
  const address = ipHash(clientIp);
  if (address) {
    const decision = await limitOnceGrouped(`api-sign:${address}`, currentLimits().apiSignPerMinute, MINUTE);
    if (!decision.allowed) {
      return {
        status: 429,
        body: {
          error: "rate_limited",
          message: "Too many requests from this address; try again later.",
        },
        retryAfterSeconds: decision.retryAfterSeconds,
      };
    }
  }
  const raw = await readBody();
  if (raw === null)
    return {
      status: 413,
      body: { error: "too_large", message: "Request body too large." },
    };
  let fields: Record<string, unknown>;
  try {
    fields = jsonFields(JSON.parse(raw), FIELDS);
  } catch (err) {
    const field = err instanceof MalformedInputError ? err.field : "body";
    return {
      status: 400,
      body: {
        error: "malformed_input",
        message: "The body must be a JSON object of strings.",
        fields: { [field]: "invalid" },
      },
    };
  }
  const parsed = signatureSchema.safeParse(fields);
  if (!parsed.success)
    return {
      status: 422,
      body: { error: "validation_failed", fields: fieldErrorsOf(parsed.error) },
    };
  const found = getPublicPetitionBySlug(slug);
  if (!found) return { status: 404, body: { error: "not_found" } };
  try {
    await signPetitionGrouped({
      petition: found.petition,
      data: parsed.data,
      locale: isLocale(fields.locale) ? fields.locale : "en",
      clientIp,
      origin: requestOrigin(headers),
      ...(await readGuard(fields)),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === "petition_not_open") return { status: 409, body: { error: "petition_not_open" } };
    if (err instanceof AppError && err.code === "more_work") {
      // The solution is good but its level is below what this address now needs: fetch a new challenge.
      return { status: 422, body: { error: "more_work", fields: { [ALTCHA_FIELD]: "more_work" } } };
    }
    if (err instanceof AppError && err.code === "verification_failed") {
      return {
        status: 422,
        body: {
          error: "verification_failed",
          fields: { [ALTCHA_FIELD]: "verification_failed" },
        },
      };
    }
    throw err;
  }
  return {
    status: 202,
    body: {
      status: "pending_confirmation",
      message: "Check your email to confirm the signature.",
    },
  };
}
