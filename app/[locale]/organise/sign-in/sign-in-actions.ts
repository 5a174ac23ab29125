"use server";
/** Asking for a sign-in link, and signing out. */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { langOf, noArgs } from "@/lib/forms/bound-args";
import { runButtonAction } from "@/lib/forms/button-action";
import { isLocale } from "@/lib/i18n/locales";
import { clientIpFrom } from "@/lib/security/client-ip";
import { allowMagicLink } from "@/lib/security/limits";
import { signInSchema } from "@/lib/validation/organiser";

export async function requestSignInLink(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = isLocale(locale) ? locale : "en";
  const state = await runFormAction({
    schema: signInSchema,
    formData,
    authorize: () => null, // Anyone may ask; only organisers receive a link.
    perform: async (data) => {
      // Over the limit nothing is sent, and the answer is the same "check your email" page.
      if (!allowMagicLink(clientIpFrom(await headers()), data.email)) return true;
      await signIn("email", { email: data.email, redirect: false, redirectTo: data.callbackUrl ?? `/${lang}/organise` });
      return true;
    },
  });
  if (state.status === "ok") redirect(`/${lang}/organise/sign-in/check-email`);
  return state;
}

export async function signOutAction(locale: string): Promise<void> {
  return runButtonAction({
    schema: noArgs,
    input: {},
    authorize: () => null, // signing out needs no permission
    perform: () => signOut({ redirect: false }),
    onSuccess: () => redirect(`/${langOf(locale)}/organise/sign-in?signedOut=1`),
    onFailure: (failure) => {
      throw new Error(`sign-out failed: ${failure.code}`);
    },
  });
}
