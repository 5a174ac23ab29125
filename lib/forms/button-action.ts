/**
 * The spine's adapter for buttons and other calls answered by a continuation rather than a form
 * state (lib/forms/spine.ts has the steps). The input is the action's bound arguments by name
 * (`input: { token }` for `confirmAction(locale, token)`), or a posted form (`formData`). Bound arguments are
 * untrusted (a forged post can rewrite them), so the schema checks them like form fields.
 *
 *   export async function confirmAction(locale: string, token: string): Promise<void> {
 *     const lang = langOf(locale);
 *     return runButtonAction({ schema: tokenArgs, input: { token }, authorize: () => null,
 *       perform: ({ token }) => confirmSignature(token),
 *       onSuccess: (result) => redirect(...), onFailure: () => redirect(paths.confirm(lang, "invalid")) });
 *   }
 *
 * `onSuccess` gets the typed result, `onFailure` the spine's failure; both run outside the spine's
 * try/catch (redirect there) and what they return is the action's answer.
 */
import "server-only";
import type * as z from "zod/v4/core";
import { formReader } from "./form-action";
import { runSpine, type SpineFailure, type SpineSteps } from "./spine";

export async function runButtonAction<S extends z.$ZodObject, C, R, T>(
  opts: Omit<SpineSteps<S, C, R>, "origin" | "accept"> & {
    /** The bound arguments by name… */
    input?: Record<string, unknown>;
    /** …or a posted form (anything else in its place is refused as malformed). */
    formData?: FormData;
    onSuccess: (result: R) => T | Promise<T>;
    onFailure: (failure: SpineFailure) => T | Promise<T>;
  },
): Promise<T> {
  const { input, formData } = opts;
  const outcome = await runSpine(opts, "formData" in opts ? formReader(opts.schema, formData) : () => ({ ...input }));
  return outcome.ok ? opts.onSuccess(outcome.result) : opts.onFailure(outcome);
}
