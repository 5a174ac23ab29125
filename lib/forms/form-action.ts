/**
 * The spine's adapter for forms (lib/forms/spine.ts has the steps): reads the posted FormData
 * (only the schema's fields, refusing repeated fields and files where text belongs) and answers
 * with the state `useActionState` keeps. On failure the posted values come back (shortened) so
 * the form shows them again without JavaScript.
 *
 *   export async function saveThingAction(locale: string, _prev: ActionState, formData: FormData) {
 *     return runFormAction({ schema, formData, authorize: (data) => requireCampaign(...), perform: (data, ctx) => save(...),
 *       onSuccess: (saved) => redirect(`/${lang}/…/${saved.id}`) });
 *   }
 *
 * `onSuccess` receives the typed result and runs outside the spine's try/catch, so `redirect()`
 * works there: no cast of `state.result` is ever needed.
 */
import "server-only";
import type * as z from "zod/v4/core";
import type { AppErrorCode } from "@/lib/errors";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { formDataFields, MalformedInputError, type PlainFields } from "@/lib/validation/form-data";
import { runSpine, type SpineSteps } from "./spine";

export type ActionState<R = unknown> =
  | { status: "idle"; values?: PlainFields }
  | { status: "error"; fieldErrors: FieldErrors; formError?: AppErrorCode; values: PlainFields }
  | { status: "ok"; result: R };

// Long enough for any real field, short enough that a hostile post is not echoed back whole.
const ECHO_LIMIT = 2000;

function echo(input: Record<string, unknown> | undefined): PlainFields {
  return Object.fromEntries(Object.entries(input ?? {}).map(([k, v]) => [k, typeof v === "string" ? v.slice(0, ECHO_LIMIT) : undefined]));
}

/** The fields a posted form carries for this schema: a FormData, or a malformed-input refusal. */
export function formReader(schema: z.$ZodObject, formData: unknown): () => PlainFields {
  return () => {
    // A forged post can rewrite React's encoding of the bound arguments, so the form data may arrive
    // in another position, or not at all: refuse it like any other malformed post.
    if (!(formData instanceof FormData)) throw new MalformedInputError("form");
    return formDataFields(formData, Object.keys(schema._zod.def.shape));
  };
}

export async function runFormAction<S extends z.$ZodObject, C, R>(
  opts: Omit<SpineSteps<S, C, R>, "origin" | "accept"> & {
    formData: FormData;
    /** Runs after success, outside the spine's try/catch: `redirect()` here. */
    onSuccess?: (result: R) => void | Promise<void>;
  },
): Promise<ActionState<R>> {
  if (!(opts.formData instanceof FormData)) {
    return { status: "error", fieldErrors: {}, formError: "malformed_input", values: {} };
  }
  const outcome = await runSpine(opts, formReader(opts.schema, opts.formData));
  if (!outcome.ok) {
    const { fieldErrors, formError } = outcome;
    return formError ? { status: "error", fieldErrors, formError, values: echo(outcome.input) } : { status: "error", fieldErrors, values: echo(outcome.input) };
  }
  await opts.onSuccess?.(outcome.result);
  return { status: "ok", result: outcome.result };
}
