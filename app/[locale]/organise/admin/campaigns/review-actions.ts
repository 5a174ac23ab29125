"use server";
/** An instance admin's decision on a submitted campaign. Only instance admins; checked here, not by the page. */
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireOrganiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { reviewCampaign } from "@/lib/organise/campaign-review";
import { approveCampaignSchema, declineCampaignSchema } from "@/lib/validation/campaign-review";

async function requireAdmin() {
  const organiser = await requireOrganiser();
  if (!organiser.isAdmin) throw new AppError("forbidden", "admin only");
  return organiser;
}

export async function approveCampaignAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: approveCampaignSchema,
    formData,
    authorize: requireAdmin,
    perform: (data, admin) => reviewCampaign(admin, data.campaignId, { approve: true }).id,
  });
  if (state.status === "ok") redirect(`/${isLocale(locale) ? locale : "en"}/organise/admin/campaigns?approved=${state.result}`);
  return state;
}

export async function declineCampaignAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: declineCampaignSchema,
    formData,
    authorize: requireAdmin,
    perform: (data, admin) => reviewCampaign(admin, data.campaignId, { approve: false, reason: data.reason }).id,
  });
  if (state.status === "ok") redirect(`/${isLocale(locale) ? locale : "en"}/organise/admin/campaigns?declined=${state.result}`);
  return state;
}
