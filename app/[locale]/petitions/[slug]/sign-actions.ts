"use server";
/** Server actions of the petition pages: sign, and confirm from the emailed link. */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/form-action";
import { isLocale } from "@/lib/i18n/locales";
import { langOf, tokenArgs } from "@/lib/forms/bound-args";
import { runButtonAction } from "@/lib/forms/button-action";
import { confirmSignature } from "@/lib/petitions/confirm";
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

/** The confirm page's button. The token is a bound argument, so it is checked like a field. */
export async function confirmAction(locale: string, token: string): Promise<void> {
  const lang = langOf(locale);
  return runButtonAction({
    schema: tokenArgs,
    input: { token },
    authorize: () => null, // the token is the permission
    perform: (data) => ({ data, outcome: confirmSignature(data.token) }),
    onSuccess: ({ data, outcome }) =>
      // Anything but "confirmed": back to the confirm page, which explains the token's state.
      redirect(outcome.state === "confirmed" ? paths.petitionConfirmed(lang, outcome.petitionSlug) : paths.confirm(lang, data.token)),
    onFailure: () => redirect(paths.confirm(lang, "invalid")),
  });
}
