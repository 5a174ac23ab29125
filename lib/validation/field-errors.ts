/** Field errors as every form renders them: the first error code per field. */
import type { $ZodError } from "zod/v4/core";

export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrorsOf(error: $ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}
