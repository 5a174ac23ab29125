"use server";
/** Server actions of the petition pages: sign, and confirm from the emailed link. */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/form-action";
import { isLocale } from "@/lib/i18n/locales";
import { confirmSignature, type TokenState } from "@/lib/petitions/confirm";
import { signFromForm } from "@/lib/petitions/sign-form";
import { clientIpFrom } from "@/lib/security/client-ip";
import { requestOrigin } from "@/lib/security/origin";
import { paths } from "@/lib/urls";

export async function signAction(locale: string, slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = isLocale(locale) ? locale : "en";
  const requestHeaders = await headers();
  const state = await signFromForm(lang, slug, formData, clientIpFrom(requestHeaders), requestOrigin(requestHeaders));
  if (state.status === "ok") redirect(paths.petitionThanks(lang, state.result));
  return state;
}

export async function confirmAction(locale: string, token: string): Promise<void> {
  const lang = isLocale(locale) ? locale : "en";
  const result: TokenState = typeof token === "string" ? confirmSignature(token) : { state: "invalid" };
  if (result.state === "confirmed") redirect(paths.petitionConfirmed(lang, result.petitionSlug));
  // Anything else: back to the confirm page, which explains the token's state.
  redirect(paths.confirm(lang, typeof token === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(token) ? token : "invalid"));
}
