"use server";
/**
 * Moderation of report-backs and activists' planned actions. Each action checks "reports.moderate"
 * on the campaign itself, then goes back to the queue with a notice or an error code.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireCampaign } from "@/lib/auth/session";
import type * as z from "zod/v4/core";
import { langOf } from "@/lib/forms/bound-args";
import { isLocale } from "@/lib/i18n/locales";
import { runPlaceCorrection } from "../place-correction";
import { decidePlannedAction } from "@/lib/submissions/planned-actions/planned-action";
import { correctReportPlace, decideReport, editReport, removeReportPhoto } from "@/lib/submissions/reports/report";
import { moderationDecisionSchema, removePhotoSchema, reportEditSchema } from "@/lib/validation/reports";

const VIEWS = ["pending", "approved", "rejected"];

function queueUrl(locale: string, campaignId: unknown, formData: FormData, extra: Record<string, string>) {
  const lang = isLocale(locale) ? locale : "en";
  const id = Number(campaignId);
  const view = String(formData.get("view") ?? "");
  const query = new URLSearchParams({ status: VIEWS.includes(view) ? view : "pending", ...extra });
  return `/${lang}/organise/campaigns/${Number.isInteger(id) && id > 0 ? id : 0}/reports?${query}`;
}

/** The spine with "reports.moderate" on the posted campaign as the permission. */
function moderate<S extends z.$ZodObject & z.$ZodType<{ campaignId: number }>, R>(
  schema: S,
  formData: FormData,
  perform: (data: z.output<S>, actor: Awaited<ReturnType<typeof requireCampaign>>) => R,
) {
  return runFormAction({ schema, formData, authorize: (data) => requireCampaign(data.campaignId, "reports.moderate"), perform });
}

function back(locale: string, formData: FormData, state: ActionState, notice: string): never {
  revalidatePath("/[locale]/organise", "layout");
  const extra: Record<string, string> =
    state.status === "ok" ? { notice } : { error: state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors)[0] ?? "invalid") : "invalid" };
  redirect(queueUrl(locale, formData.get("campaignId"), formData, extra));
}

export async function decideReportAction(locale: string, formData: FormData): Promise<void> {
  const state = await moderate(moderationDecisionSchema, formData, (data, actor) => decideReport(actor, data.itemId, data.decision, data.reply ?? ""));
  back(locale, formData, state, `report_${formData.get("decision") === "approve" ? "approved" : "rejected"}`);
}

export async function decidePlannedActionAction(locale: string, formData: FormData): Promise<void> {
  const state = await moderate(moderationDecisionSchema, formData, (data, actor) => decidePlannedAction(actor, data.itemId, data.decision));
  back(locale, formData, state, `action_${formData.get("decision") === "approve" ? "approved" : "rejected"}`);
}

export async function editReportAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await moderate(reportEditSchema, formData, (data, actor) => editReport(actor, data.reportId, data));
  if (state.status === "ok") back(locale, formData, state, "report_edited");
  return state;
}

export async function removePhotoAction(locale: string, formData: FormData): Promise<void> {
  const state = await moderate(removePhotoSchema, formData, (data, actor) => removeReportPhoto(actor, data.reportId, data.photoId));
  revalidatePath("/[locale]/organise", "layout");
  const lang = isLocale(locale) ? locale : "en";
  const campaignId = Number(formData.get("campaignId"));
  const reportId = Number(formData.get("reportId"));
  const query = state.status === "ok" ? "notice=photo_removed" : `error=${state.status === "error" ? (state.formError ?? "invalid") : "invalid"}`;
  redirect(`/${lang}/organise/campaigns/${campaignId || 0}/reports/${reportId || 0}?${query}`);
}

export async function correctReportPlaceAction(locale: string, formData: FormData): Promise<void> {
  await runPlaceCorrection(formData, "reports.moderate", correctReportPlace, (campaignId, id) => `/${langOf(locale)}/organise/campaigns/${campaignId}/reports/${id}`);
}
