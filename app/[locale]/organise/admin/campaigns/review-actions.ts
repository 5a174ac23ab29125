"use server";
/** An instance admin's decision on a submitted campaign. Only instance admins; checked here, not by the page. */
import { type ActionState } from "@/lib/forms/form-action";
import { reviewCampaign } from "@/lib/organise/campaign-review";
import { approveCampaignSchema, declineCampaignSchema } from "@/lib/validation/campaign-review";
import { runAdminForm } from "../admin-form";

export async function approveCampaignAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminForm(
    locale,
    formData,
    approveCampaignSchema,
    (data, admin) => reviewCampaign(admin, data.campaignId, { approve: true }).id,
    (lang, id) => `/${lang}/organise/admin/campaigns?approved=${id}`,
  );
}

export async function declineCampaignAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminForm(
    locale,
    formData,
    declineCampaignSchema,
    (data, admin) => reviewCampaign(admin, data.campaignId, { approve: false, reason: data.reason }).id,
    (lang, id) => `/${lang}/organise/admin/campaigns?declined=${id}`,
  );
}
