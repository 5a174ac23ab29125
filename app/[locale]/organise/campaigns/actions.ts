"use server";
/** Campaign actions. Each checks who is asking and what they may do, itself. */
import { redirect } from "next/navigation";
import { getCampaignById } from "@/db/queries/campaigns";
import { runFormAction, type ActionState } from "@/lib/actions/spine";
import { roleAllows } from "@/lib/auth/roles";
import { requireCampaignPermission, requireOrganiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { saveCampaign } from "@/lib/organise/campaigns";
import { storeCoverImage } from "@/lib/uploads/images";
import { campaignSchema } from "@/lib/validation/organiser";

export async function saveCampaignAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = isLocale(locale) ? locale : "en";
  const state = await runFormAction({
    schema: campaignSchema,
    formData,
    authorize: async (data) => {
      if (!data.campaignId) return { organiser: await requireOrganiser(), existing: undefined };
      const { organiser, role } = await requireCampaignPermission(data.campaignId, "campaign.edit");
      const existing = getCampaignById(data.campaignId);
      if (!existing) throw new AppError("not_found");
      // Publishing or archiving is the owner's decision.
      if (data.status !== existing.status && !roleAllows(role, "campaign.publish", organiser.isAdmin)) {
        throw new AppError("forbidden", "status change", "status");
      }
      return { organiser, existing };
    },
    perform: async (data, { organiser, existing }) =>
      saveCampaign(organiser, data, existing, await storeCoverImage(formData.get("cover"))).id,
  });
  if (state.status === "ok") redirect(`/${lang}/organise/campaigns/${state.result}`);
  return state;
}
