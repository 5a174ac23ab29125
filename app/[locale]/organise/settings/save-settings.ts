"use server";
/** Saving an organiser's own settings; any signed-in organiser, for themselves only. */
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireOrganiser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locales";
import { saveTimeZone } from "@/lib/organise/settings";
import { settingsSchema } from "@/lib/validation/organiser";

export async function saveSettingsAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: settingsSchema,
    formData,
    authorize: () => requireOrganiser(),
    perform: (data, organiser) => saveTimeZone(organiser, data.timeZone),
  });
  if (state.status === "ok") redirect(`/${isLocale(locale) ? locale : "en"}/organise/settings?saved=1`);
  return state;
}
