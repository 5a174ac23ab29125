"use server";
/**
 * Server actions of the "my data" pages. Each is a public POST: the request form needs nothing; the
 * others are authorised by the session token in the httpOnly cookie set when the emailed link's
 * button was pressed (Next's own Origin check guards server actions against cross-site posts).
 */
import { summaryOfErasure, summaryToQuery } from "@/lib/my-data/summary";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { langOf, noArgs, tokenArgs } from "@/lib/forms/bound-args";
import { runButtonAction } from "@/lib/forms/button-action";
import type { SpineFailure } from "@/lib/forms/spine";
import {
  dataSubjectFor,
  type DataSubject,
  eraseMyData,
  MY_DATA_COOKIE,
  openDataLink,
  requestDataLink,
  unsubscribeEverything,
} from "@/lib/my-data/my-data";
import { clientIpFrom } from "@/lib/security/client-ip";
import { requestOrigin } from "@/lib/security/origin";
import { paths } from "@/lib/urls";
import { myDataRequestSchema } from "@/lib/validation/my-data";

const lang = langOf;

export async function requestLinkAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const l = lang(locale);
  const requestHeaders = await headers();
  const clientIp = clientIpFrom(requestHeaders);
  const origin = requestOrigin(requestHeaders);
  const state = await runFormAction({
    schema: myDataRequestSchema,
    formData,
    authorize: () => null,
    perform: (data) => requestDataLink({ email: data.email, locale: l, clientIp, origin }),
  });
  if (state.status !== "ok") return state;
  // Counted whether or not anything is held, so saying so reveals nothing about the address.
  if (state.result === "limited") {
    return { status: "error", fieldErrors: { email: "my_data_rate_limited" }, values: { email: String(formData.get("email") ?? "").slice(0, 254) } };
  }
  redirect(`${paths.myData(l)}?sent=1`);
}

/** The emailed link's button: spends the link and opens a 30-minute session for this language's pages. */
export async function openLinkAction(locale: string, token: string): Promise<void> {
  const l = lang(locale);
  return runButtonAction({
    schema: tokenArgs,
    input: { token },
    authorize: () => null, // the token is the permission
    perform: (data) => openDataLink(data.token) ?? refuse("not_found"),
    onSuccess: async (opened) => {
      (await cookies()).set(MY_DATA_COOKIE, opened.sessionToken, {
        httpOnly: true,
        sameSite: "strict",
        secure: config().appUrl.startsWith("https:"),
        path: paths.myData(l),
        expires: opened.expiresAt,
      });
      redirect(paths.myDataRecords(l));
    },
    onFailure: () => expired(l),
  });
}

const refuse = (code: "not_found" | "unauthenticated"): never => {
  throw new AppError(code);
};
const expired = (l: string) => redirect(`${paths.myData(l)}?expired=1`);

/** The session cookie is the permission: without a live one, the person is sent to ask for a link again. */
async function subject() {
  return dataSubjectFor((await cookies()).get(MY_DATA_COOKIE)?.value) ?? refuse("unauthenticated");
}

/** Expired sessions go back to the request page; anything else is the error page, as before. */
function failed(l: string, failure: SpineFailure): never {
  if (failure.code === "unauthenticated") expired(l);
  throw new Error(`my-data action failed: ${failure.code}`);
}

/** A button of the records page: the session cookie is the permission; failures as `failed` says. */
function withSession<R>(l: string, perform: (who: DataSubject) => R, onSuccess: (result: R) => void | Promise<void>): Promise<void> {
  return runButtonAction({ schema: noArgs, input: {}, authorize: subject, perform: (_data, who) => perform(who), onSuccess, onFailure: (failure) => failed(l, failure) });
}

export async function unsubscribeAllAction(locale: string): Promise<void> {
  const l = lang(locale);
  return withSession(l, unsubscribeEverything, (changed) => redirect(`${paths.myDataRecords(l)}?unsubscribed=${changed}`));
}

export async function eraseAction(locale: string): Promise<void> {
  const l = lang(locale);
  return withSession(l, eraseMyData, async (erased) => {
    (await cookies()).delete({ name: MY_DATA_COOKIE, path: paths.myData(l) });
    redirect(`${paths.myDataErased(l)}?${summaryToQuery(summaryOfErasure(erased))}`);
  });
}
