/**
 * POST /api/petitions/<slug>/signatures: sign with a JSON body (same schema as the form).
 * Always 202 for valid input, whether the submission is new, a duplicate or flagged as abuse.
 * Two limits are visible here: a bad proof-of-work solution (422) and the transport limit per
 * client address (429 with Retry-After), which is not the per-petition limit that flags silently.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { signPetition } from "@/lib/petitions/sign";
import { clientIpFrom } from "@/lib/security/client-ip";
import { ALTCHA_FIELD, HONEYPOT_FIELD, readGuard } from "@/lib/security/form-guard";
import { ipHash } from "@/lib/security/keyed-hash";
import { currentLimits, limitOnce, MINUTE } from "@/lib/security/limits";
import { hasTrustedOrigin } from "@/lib/security/origin";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { jsonFields, MalformedInputError } from "@/lib/validation/form-data";
import { signatureSchema } from "@/lib/validation/signature";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 16 * 1024;
const json = (body: unknown, status: number) => NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!hasTrustedOrigin(request.headers)) {
    return json({ error: "forbidden_origin", message: "Send the request from this site (a missing, null or foreign Origin is refused)." }, 403);
  }
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return json({ error: "unsupported_media_type", message: "Send the signature as application/json." }, 415);
  }
  const clientIp = clientIpFrom(request.headers);
  const address = ipHash(clientIp);
  if (address) {
    const decision = limitOnce(`api-sign:${address}`, currentLimits().apiSignPerMinute, MINUTE);
    if (!decision.allowed) {
      return NextResponse.json(
        { error: "rate_limited", message: "Too many requests from this address; try again later." },
        { status: 429, headers: { "cache-control": "no-store", "retry-after": String(decision.retryAfterSeconds) } },
      );
    }
  }
  const raw = await request.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return json({ error: "too_large", message: "Request body too large." }, 413);
  let fields: Record<string, unknown>;
  try {
    fields = jsonFields(JSON.parse(raw), [...Object.keys(signatureSchema.shape), "locale", ALTCHA_FIELD, HONEYPOT_FIELD]);
  } catch (err) {
    const field = err instanceof MalformedInputError ? err.field : "body";
    return json({ error: "malformed_input", message: "The body must be a JSON object of strings.", fields: { [field]: "invalid" } }, 400);
  }
  const parsed = signatureSchema.safeParse(fields);
  if (!parsed.success) return json({ error: "validation_failed", fields: fieldErrorsOf(parsed.error) }, 422);
  const found = getPublicPetitionBySlug(slug);
  if (!found) return json({ error: "not_found" }, 404);
  try {
    signPetition({
      petition: found.petition,
      data: parsed.data,
      locale: isLocale(fields.locale) ? fields.locale : "en",
      clientIp,
      ...(await readGuard(fields)),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === "petition_not_open") return json({ error: "petition_not_open" }, 409);
    if (err instanceof AppError && err.code === "verification_failed") {
      return json({ error: "verification_failed", fields: { [ALTCHA_FIELD]: "verification_failed" } }, 422);
    }
    throw err;
  }
  return json({ status: "pending_confirmation", message: "Check your email to confirm the signature." }, 202);
}
