/**
 * The spine's adapter for the JSON API (lib/forms/spine.ts has the steps): the request must come
 * from one of the site's origins and say application/json; the limit is checked before the body is
 * read; the body must be a JSON object of plain values; then the schema, authorize and perform, as
 * for a form. Every refusal has one shape: `{ error: code, message?, fields? }` with its status.
 *
 * Statuses: 403 foreign origin, 415 media type, 429 limit (Retry-After), 413 too large,
 * 400 malformed body, 422 schema or a refusal naming a field, 404 not_found, `statuses[code]` for
 * the action's own refusals, and 500 `internal` for anything else.
 */
import "server-only";
import type * as z from "zod/v4/core";
import type { AppErrorCode } from "@/lib/errors";
import type { HeaderReader } from "@/lib/security/origin";
import { jsonFields, MalformedInputError } from "@/lib/validation/form-data";
import { runSpine, TransportRefusal, type SpineCode, type SpineFailure, type SpineSteps } from "./spine";

export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
  retryAfterSeconds?: number;
}

const MESSAGES: Partial<Record<SpineCode, string>> = {
  forbidden_origin: "Send the request from this site (a missing, null or foreign Origin is refused).",
  unsupported_media_type: "Send the request as application/json.",
  rate_limited: "Too many requests from this address; try again later.",
  too_large: "Request body too large.",
  malformed_input: "The body must be a JSON object of strings.",
};

const STATUSES: Partial<Record<SpineCode, number>> = {
  forbidden_origin: 403,
  unsupported_media_type: 415,
  rate_limited: 429,
  too_large: 413,
  malformed_input: 400,
  validation_failed: 422,
  not_found: 404,
};

export function jsonFailure(failure: SpineFailure, statuses: Partial<Record<AppErrorCode, number>> = {}, messages: Partial<Record<SpineCode, string>> = {}): JsonAnswer {
  const { code, fieldErrors, retryAfterSeconds } = failure;
  const fieldLevel = Object.keys(fieldErrors).length > 0;
  const status = STATUSES[code] ?? (code !== "validation_failed" && code in statuses ? statuses[code as AppErrorCode] : undefined) ?? (fieldLevel && !failure.formError ? 422 : 500);
  const message = messages[code] ?? MESSAGES[code];
  const body: Record<string, unknown> = { error: status === 500 ? "internal" : code };
  if (message && status !== 500) body.message = message;
  if (fieldLevel && status !== 500) body.fields = fieldErrors;
  return retryAfterSeconds === undefined ? { status, body } : { status, body, retryAfterSeconds };
}

export async function runJsonAction<S extends z.$ZodObject, C, R>(
  opts: Omit<SpineSteps<S, C, R>, "origin" | "accept"> & {
    headers: HeaderReader;
    /** The body as text, or null when it is over the size limit. */
    readBody: () => Promise<string | null>;
    /** Body fields read besides the schema's (guards, locale): perform finds them in `input`. */
    extraFields?: readonly string[];
    /** HTTP statuses of the action's own refusals (AppError codes); any other is a 500. */
    statuses?: Partial<Record<AppErrorCode, number>>;
    /** Wording of a refusal's message, where this API says it its own way. */
    messages?: Partial<Record<SpineCode, string>>;
    onSuccess: (result: R) => JsonAnswer;
  },
): Promise<JsonAnswer> {
  const { headers } = opts;
  const names = [...Object.keys(opts.schema._zod.def.shape), ...(opts.extraFields ?? [])];
  const outcome = await runSpine(
    {
      ...opts,
      origin: headers,
      accept: () => (headers.get("content-type")?.toLowerCase().startsWith("application/json") ? undefined : "unsupported_media_type"),
    },
    async () => {
      const raw = await opts.readBody();
      if (raw === null) throw new TransportRefusal("too_large");
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new MalformedInputError("body");
      }
      return jsonFields(body, names);
    },
  );
  return outcome.ok ? opts.onSuccess(outcome.result) : jsonFailure(outcome, opts.statuses, opts.messages);
}
