/**
 * The spine every mutation follows: parse the posted fields with the shared zod schema →
 * authorise (each action decides, nothing is assumed from the proxy) → perform the write →
 * return field errors or a result. Bad input never throws past this point.
 */
import "server-only";
import { safeParse } from "zod/v4/core";
import type * as z from "zod/v4/core";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { formDataFields, MalformedInputError, type PlainFields } from "@/lib/validation/form-data";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";

export type ActionState<R = unknown> =
  | { status: "idle"; values?: PlainFields }
  | { status: "error"; fieldErrors: FieldErrors; formError?: AppErrorCode; values: PlainFields }
  | { status: "ok"; result: R };

// Long enough for any real field, short enough that a hostile post is not echoed back whole.
const ECHO_LIMIT = 2000;

function echo(values: PlainFields): PlainFields {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v?.slice(0, ECHO_LIMIT)]));
}

export async function runFormAction<S extends z.$ZodObject, C, R>(opts: {
  schema: S;
  formData: FormData;
  /** Loads what the action needs and checks the caller may act; throw AppError to refuse. */
  authorize: (data: z.output<S>) => C | Promise<C>;
  perform: (data: z.output<S>, context: C) => R | Promise<R>;
}): Promise<ActionState<R>> {
  let values: PlainFields = {};
  // A forged post can rewrite React's encoding of the bound arguments, so the form data may arrive
  // in another position, or not at all: refuse it like any other malformed post.
  if (!(opts.formData instanceof FormData)) {
    return { status: "error", fieldErrors: {}, formError: "malformed_input", values: {} };
  }
  try {
    values = formDataFields(opts.formData, Object.keys(opts.schema._zod.def.shape));
  } catch (err) {
    if (err instanceof MalformedInputError) {
      return { status: "error", fieldErrors: { [err.field]: "invalid" }, formError: "malformed_input", values: {} };
    }
    throw err;
  }
  // Classic and mini schemas alike (the sign form's is zod/mini): parse through zod's core.
  const parsed = safeParse(opts.schema, values);
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: echo(values) };
  }
  try {
    const context = await opts.authorize(parsed.data);
    return { status: "ok", result: await opts.perform(parsed.data, context) };
  } catch (err) {
    if (err instanceof AppError && err.field) {
      return { status: "error", fieldErrors: { [err.field]: err.code }, values: echo(values) };
    }
    if (err instanceof AppError) {
      return { status: "error", fieldErrors: {}, formError: err.code, values: echo(values) };
    }
    console.error("[action] unexpected failure:", err);
    return { status: "error", fieldErrors: {}, formError: "internal", values: echo(values) };
  }
}
