"use server";
/** Organisers' planned actions: create, edit, delete, and write up a past one as a report. Each checks "actions.edit" itself. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireCampaign } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locales";
import { correctPlannedActionPlace, removePlannedAction, savePlannedAction } from "@/lib/submissions/planned-actions/planned-action";
import { reportFromPlannedAction } from "@/lib/submissions/reports/report";
import { postedPhotos } from "@/lib/submissions/reports/photos";
import { deletePlannedActionSchema, organiserReportSchema, plannedActionSchema } from "@/lib/validation/reports";
import { runPlaceCorrection } from "../place-correction";

const lang = (locale: string) => (isLocale(locale) ? locale : "en");
const listUrl = (locale: string, campaignId: number, query: string) => `/${lang(locale)}/organise/campaigns/${campaignId}/actions?${query}`;

export async function savePlannedActionAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: plannedActionSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, "actions.edit"),
    perform: (data, actor) => ({ campaignId: actor.campaign.id, id: savePlannedAction(actor, data, lang(locale)), created: !data.plannedActionId }),
    onSuccess: ({ campaignId, created }) => {
      revalidatePath("/[locale]/organise", "layout");
      redirect(listUrl(locale, campaignId, `notice=${created ? "created" : "saved"}`));
    },
  });
}

export async function deletePlannedActionAction(locale: string, formData: FormData): Promise<void> {
  const state = await runFormAction({
    schema: deletePlannedActionSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, "actions.edit"),
    perform: (data, actor) => removePlannedAction(actor, data.plannedActionId),
  });
  revalidatePath("/[locale]/organise", "layout");
  const campaignId = Number(formData.get("campaignId")) || 0;
  redirect(listUrl(locale, campaignId, state.status === "ok" ? "notice=deleted" : `error=${state.status === "error" ? (state.formError ?? "invalid") : "invalid"}`));
}

export async function reportFromPlannedActionAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: organiserReportSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, "actions.edit"),
    perform: async (data, actor) => {
      await reportFromPlannedAction(actor, data.plannedActionId, data, postedPhotos(formData), lang(locale));
      return actor.campaign.id;
    },
    onSuccess: (campaignId) => {
      revalidatePath("/[locale]/organise", "layout");
      redirect(listUrl(locale, campaignId, "notice=reported"));
    },
  });
}

export async function correctPlannedPlaceAction(locale: string, formData: FormData): Promise<void> {
  await runPlaceCorrection(formData, "actions.edit", correctPlannedActionPlace, (campaignId, id) => `/${lang(locale)}/organise/campaigns/${campaignId}/actions/${id}/edit`);
}
