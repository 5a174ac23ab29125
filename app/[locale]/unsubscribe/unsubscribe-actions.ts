"use server";
import { redirect } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { unsubscribe } from "@/lib/petitions/unsubscribe";

export async function unsubscribeAction(locale: string, token: string): Promise<void> {
  const ok = unsubscribe(token);
  redirect(`/${isLocale(locale) ? locale : "en"}/unsubscribe?${ok ? "done=1" : "invalid=1"}`);
}
