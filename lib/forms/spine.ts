/**
 * The spine every write follows, in ONE place: origin check → transport precondition → rate limit →
 * read the input → parse it with the zod schema → authorise (each action decides; nothing is assumed
 * from the proxy) → perform → a typed result, or a failure of one shape. Bad input never throws past
 * this point: an AppError becomes its code (next to its field when it names one), anything else
 * is logged and becomes `internal`.
 *
 * Nothing calls runSpine directly; each kind of caller has a small adapter beside it:
 * - `form-action.ts`   `runFormAction({ schema, formData, authorize, perform, onSuccess? })` →
 *   `ActionState<R>` for `useActionState` forms (`(prev, formData)`), and for form posts that
 *   redirect with the outcome in the query.
 * - `button-action.ts` `runButtonAction({ schema, input, authorize?, perform, onSuccess, onFailure })`
 *   → whatever the continuations return: buttons with bound arguments (`confirmAction(locale, token)`),
 *   whose arguments a forged post can rewrite, so they are validated like form fields; or any
 *   caller that answers with a value or a redirect rather than a form state.
 * - `json-action.ts`   `runJsonAction({ schema, headers, readBody, authorize, perform, ... })` →
 *   `JsonAnswer` (status, body, Retry-After) for the JSON API.
 *
 * Rules for authors: `authorize` and `perform` never call `redirect()` or `notFound()` (this catch
 * would swallow them): redirect in the adapter's `onSuccess` / `onFailure`, which run outside it.
 * Page posts' Origin is checked for every server action by proxy.ts (and by Next); the `origin`
 * option here is for requests Next does not guard (the JSON API).
 */
import "server-only";
import { safeParse } from "zod/v4/core";
import type * as z from "zod/v4/core";
import { AppError, type AppErrorCode } from "@/lib/errors";
import type { LimitDecision } from "@/lib/security/limits";
import { hasTrustedOrigin, type HeaderReader } from "@/lib/security/origin";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";
import { MalformedInputError } from "@/lib/validation/form-data";

/** Refusals of the transport, before any input is read. */
export type TransportCode = "forbidden_origin" | "unsupported_media_type" | "too_large";
/** Every way the spine can refuse: an AppError's code, a transport refusal, or the schema's. */
export type SpineCode = AppErrorCode | TransportCode | "validation_failed";

export interface SpineFailure {
  ok: false;
  code: SpineCode;
  /** Shown next to the fields (the schema's issues, a malformed field, an AppError naming a field). */
  fieldErrors: FieldErrors;
  /** Shown above the form; absent when the refusal belongs to fields. */
  formError?: AppErrorCode;
  retryAfterSeconds?: number;
  /** The input as read, for forms that show it again; absent when it could not be read. */
  input?: Record<string, unknown>;
}

export type SpineOutcome<R> = { ok: true; result: R } | SpineFailure;

/** Thrown by an adapter's reader to refuse the transport (e.g. a body over the size limit). */
export class TransportRefusal extends Error {
  constructor(readonly code: TransportCode) {
    super(code);
  }
}

export interface SpineSteps<S extends z.$ZodObject, C, R> {
  /** Classic and mini schemas alike (the sign form's is zod/mini). */
  schema: S;
  /** Loads what the action needs and checks the caller may act; throw AppError to refuse. */
  authorize: (data: z.output<S>) => C | Promise<C>;
  /** The write (or the answer). `input` is everything read, for fields the schema does not own. */
  perform: (data: z.output<S>, context: C, input: Record<string, unknown>) => R | Promise<R>;
  /** When given, the request must carry one of the site's origins (a missing or "null" one is refused). */
  origin?: HeaderReader;
  /** A precondition on the transport, checked before the limit (the JSON API's media type). */
  accept?: () => TransportCode | undefined;
  /** A rate limit checked before the input is read (per client address, say). */
  limit?: () => LimitDecision | Promise<LimitDecision>;
}

const refused = (code: SpineCode, formError: AppErrorCode, more: Partial<SpineFailure> = {}): SpineFailure => ({
  ok: false,
  code,
  fieldErrors: {},
  formError,
  ...more,
});

export async function runSpine<S extends z.$ZodObject, C, R>(
  steps: SpineSteps<S, C, R>,
  read: () => Record<string, unknown> | Promise<Record<string, unknown>>,
): Promise<SpineOutcome<R>> {
  if (steps.origin && !hasTrustedOrigin(steps.origin)) return refused("forbidden_origin", "forbidden");
  const unacceptable = steps.accept?.();
  if (unacceptable) return refused(unacceptable, "malformed_input");
  if (steps.limit) {
    const decision = await steps.limit();
    if (!decision.allowed) return refused("rate_limited", "rate_limited", { retryAfterSeconds: decision.retryAfterSeconds });
  }
  let input: Record<string, unknown>;
  try {
    input = await read();
  } catch (err) {
    if (err instanceof MalformedInputError) return refused("malformed_input", "malformed_input", { fieldErrors: { [err.field]: "invalid" } });
    if (err instanceof TransportRefusal) return refused(err.code, "malformed_input");
    console.error("[spine] unreadable input:", err);
    return refused("internal", "internal");
  }
  const parsed = safeParse(steps.schema, input);
  if (!parsed.success) return { ok: false, code: "validation_failed", fieldErrors: fieldErrorsOf(parsed.error), input };
  try {
    const context = await steps.authorize(parsed.data);
    return { ok: true, result: await steps.perform(parsed.data, context, input) };
  } catch (err) {
    if (err instanceof AppError && err.field) return { ok: false, code: err.code, fieldErrors: { [err.field]: err.code }, input };
    if (err instanceof AppError) return refused(err.code, err.code, { input });
    console.error("[action] unexpected failure:", err);
    return refused("internal", "internal", { input });
  }
}
