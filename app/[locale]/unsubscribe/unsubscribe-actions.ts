"use server";
/** The unsubscribe page's button: the signed token in the link is the whole permission. */
import { redirect } from "next/navigation";
import { z } from "zod";
import { langOf } from "@/lib/forms/bound-args";
import { runButtonAction } from "@/lib/forms/button-action";
import { unsubscribe } from "@/lib/petitions/unsubscribe";

/** The signed unsubscribe token (`campaignId.fingerprint.mac`); lib/security/unsubscribe.ts checks it. */
const unsubscribeArgs = z.object({ token: z.string().max(200) });

export async function unsubscribeAction(locale: string, token: string): Promise<void> {
  const to = (ok: boolean) => redirect(`/${langOf(locale)}/unsubscribe?${ok ? "done=1" : "invalid=1"}`);
  return runButtonAction({
    schema: unsubscribeArgs,
    input: { token },
    authorize: () => null,
    perform: (data) => unsubscribe(data.token),
    onSuccess: to,
    onFailure: () => to(false),
  });
}
