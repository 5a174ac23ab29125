"use server";
/** Campaign actions. Each checks who is asking and what they may do, itself. */
import { redirect } from "next/navigation";
import type * as z from "zod/v4/core";
import { getCampaignById } from "@/db/queries/campaigns";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireCampaignPermission, requireOrganiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { langOf } from "@/lib/forms/bound-args";
import { mayChangeStatus, mayCreateWithStatus } from "@/lib/organise/campaign-status";
import { submitCampaign } from "@/lib/organise/campaign-review";
import { saveCampaign } from "@/lib/organise/campaigns";
import { storeCoverImage } from "@/lib/uploads/images";
import { submitCampaignSchema } from "@/lib/validation/campaign-review";
import { campaignSchema } from "@/lib/validation/organiser";

type CampaignData = z.output<typeof campaignSchema>;

/** Who may save: anyone signed in starts a draft; changing a campaign needs "campaign.edit" there, and its status change allowed. */
async function authorizeSave(data: CampaignData) {
  if (!data.campaignId) {
    const organiser = await requireOrganiser();
    // Anyone signed in may start a campaign, as a draft; only an instance admin may start one live.
    if (!mayCreateWithStatus(organiser, data.status)) throw new AppError("forbidden", "create with status", "status");
    return { organiser, existing: undefined };
  }
  const { organiser, role } = await requireCampaignPermission(data.campaignId, "campaign.edit");
  const existing = getCampaignById(data.campaignId);
  if (!existing) throw new AppError("not_found");
  // Going live the first time is an instance admin's approval; taking down and back up, the owner's.
  if (!mayChangeStatus({ role, isAdmin: organiser.isAdmin }, existing, data.status)) {
    throw new AppError("forbidden", "status change", "status");
  }
  return { organiser, existing };
}

export async function saveCampaignAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: campaignSchema,
    formData,
    authorize: authorizeSave,
    perform: async (data, { organiser, existing }) => saveCampaign(organiser, data, existing, await storeCoverImage(formData.get("cover"))).id,
    onSuccess: (id) => redirect(`/${langOf(locale)}/organise/campaigns/${id}`),
  });
}

/** The owner asks an instance admin to approve the campaign (it stays hidden until then). */
export async function submitCampaignAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: submitCampaignSchema,
    formData,
    authorize: (data) => requireCampaignPermission(data.campaignId, "campaign.publish"),
    perform: (data, { organiser, role }) => submitCampaign(organiser, role, data.campaignId, langOf(locale)).id,
    onSuccess: (id) => redirect(`/${langOf(locale)}/organise/campaigns/${id}?submitted=1`),
  });
}
