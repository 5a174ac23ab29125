"use server";
/** Server actions of the petition pages: sign, and confirm from the emailed link. */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPublicPetitionBySlug } from "@/db/queries/petitions";
import { runFormAction, type ActionState } from "@/lib/actions/spine";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { confirmSignature, type TokenState } from "@/lib/petitions/confirm";
import { signPetition } from "@/lib/petitions/sign";
import { clientIpFrom } from "@/lib/security/client-ip";
import { readGuard } from "@/lib/security/form-guard";
import { paths } from "@/lib/urls";
import { signatureSchema } from "@/lib/validation/signature";

export async function signAction(locale: string, slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = isLocale(locale) ? locale : "en";
  const state = await runFormAction({
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
      signPetition({ petition, data, locale: lang, clientIp: clientIpFrom(await headers()), ...guard });
      return petition.slug;
    },
  });
  if (state.status === "ok") redirect(paths.petitionThanks(lang, state.result as string));
  return state;
}

export async function confirmAction(locale: string, token: string): Promise<void> {
  const lang = isLocale(locale) ? locale : "en";
  const result: TokenState = typeof token === "string" ? confirmSignature(token) : { state: "invalid" };
  if (result.state === "confirmed") redirect(paths.petitionConfirmed(lang, result.petitionSlug));
  // Anything else: back to the confirm page, which explains the token's state.
  redirect(paths.confirm(lang, typeof token === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(token) ? token : "invalid"));
}
