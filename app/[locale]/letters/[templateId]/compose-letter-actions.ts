"use server";
/**
 * "Show my letter": composes the letter on the server, so the preview works without JavaScript
 * (and is the live preview with it). Open to anyone; nothing posted is stored or logged.
 */
import { getPublishedLetterTemplate } from "@/db/queries/letters";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { AppError } from "@/lib/errors";
import type { Letter } from "@/lib/letters/compose";
import { composeRequestedLetter, shortEmailLines } from "@/lib/letters/letter";
import { LETTER_REQUEST_FIELDS, letterRequestSchema } from "@/lib/letters/schemas";
import { letterMailto } from "@/lib/letters/text";
import { formDataFields, type PlainFields } from "@/lib/validation/form-data";

export interface ComposedLetter {
  letter: Letter;
  mailto: { href: string; long: boolean };
  /** What was posted, so the form shows it again after a reload without JavaScript. */
  values: PlainFields;
}

function echoed(formData: FormData): PlainFields {
  try {
    const fields = formDataFields(formData, LETTER_REQUEST_FIELDS);
    return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.slice(0, 6_000)]));
  } catch {
    return {};
  }
}

export async function composeLetterAction(templateId: number, _prev: ActionState<ComposedLetter>, formData: FormData): Promise<ActionState<ComposedLetter>> {
  return runFormAction({
    schema: letterRequestSchema,
    formData,
    authorize: () => {
      const found = Number.isInteger(templateId) ? getPublishedLetterTemplate(templateId) : undefined;
      if (!found) throw new AppError("not_found", `letter template ${String(templateId)}`);
      return found.template;
    },
    perform: (data, template) => {
      const { letter } = composeRequestedLetter(template, data);
      const locale = formData.get("locale");
      const mailto = letterMailto(letter, shortEmailLines(letter, template.id, typeof locale === "string" ? locale : "en"));
      return { letter, mailto, values: echoed(formData) };
    },
  });
}
