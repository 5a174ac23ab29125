"use server";
/** Server action of the public "announce a protest" form: anyone may propose; email confirmation, then moderation. */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { proposePlannedAction } from "@/lib/submissions/planned-actions/planned-action";
import { clientIpFrom } from "@/lib/security/client-ip";
import { requestOrigin } from "@/lib/security/origin";
import { paths } from "@/lib/urls";
import { proposedActionSchema } from "@/lib/validation/reports";

export async function proposeActionAction(locale: string, slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = isLocale(locale) ? locale : "en";
  return runFormAction({
    schema: proposedActionSchema,
    formData,
    authorize: () => {
      const campaign = typeof slug === "string" ? getLiveCampaignBySlug(slug) : undefined;
      if (!campaign) throw new AppError("campaign_not_live", `campaign ${String(slug)}`);
      return campaign;
    },
    perform: async (data, campaign) => {
      proposePlannedAction({ campaign, data, locale: lang, clientIp: clientIpFrom(await headers()), origin: requestOrigin(await headers()) });
      return campaign.slug;
    },
    onSuccess: (campaignSlug) => redirect(`${paths.proposeAction(lang, campaignSlug)}/thanks`),
  });
}
