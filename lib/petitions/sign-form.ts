/**
 * The sign form's work, shared by the server action (app/[locale]/petitions/[slug]/sign-actions.ts) and the
 * front door's fast path for the no-JavaScript post (lib/hot): the same validation, permission check
 * and write, answered with the form's state ("ok" carries the petition's slug).
 */
import "server-only";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { AppError } from "@/lib/errors";
import { readGuard } from "@/lib/security/form-guard";
import { signatureSchema } from "@/lib/validation/signature";
import { signPetitionGrouped } from "./sign";

export function signFromForm(locale: string, slug: string, formData: FormData, clientIp: string | null, origin?: string): Promise<ActionState<string>> {
  return runFormAction({
    schema: signatureSchema,
    formData,
    authorize: () => {
      // Signing is open to anyone; the petition must exist, be public and be open.
      const found = typeof slug === "string" ? getPublicPetitionBySlug(slug) : undefined;
      if (!found) throw new AppError("not_found", `petition ${String(slug)}`);
      return found.petition;
    },
    perform: async (data, petition) => {
      const guard = await readGuard(formData);
      // Every outcome (new, duplicate, flagged) lands on the same thanks page.
      await signPetitionGrouped({ petition, data, locale, clientIp, origin, ...guard });
      return petition.slug;
    },
  });
}
