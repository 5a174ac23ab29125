/**
 * The sign form's check in the browser: the form's fields read exactly as the server action reads
 * them, parsed with the same schema, errors mapped the same way. sign-form.tsx loads this module
 * (and zod with it) when the form is first touched, not with the page.
 */
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/field-errors";
import { formDataFields } from "@/lib/validation/form-data";
import { SIGNATURE_FIELDS, signatureSchema } from "@/lib/validation/signature";

export function validateSignature(form: HTMLFormElement): FieldErrors {
  try {
    const parsed = signatureSchema.safeParse(formDataFields(new FormData(form), SIGNATURE_FIELDS));
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  } catch {
    // A field the form itself never repeats came twice: leave it to the server.
    return {};
  }
}
