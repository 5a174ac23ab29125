/**
 * What the public forms of a live campaign share (report back, announce a protest): anyone may post,
 * to a live campaign only; the submission is written with the poster's address and origin (for the
 * rate limit and the emailed link), then the form's thanks page.
 */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type * as z from "zod/v4/core";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { AppError } from "@/lib/errors";
import { langOf } from "@/lib/forms/bound-args";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/locales";
import { clientIpFrom } from "@/lib/security/client-ip";
import { requestOrigin } from "@/lib/security/origin";

type LiveCampaign = NonNullable<ReturnType<typeof getLiveCampaignBySlug>>;
type Request = { locale: Locale; clientIp: string | null; origin: string };

export async function submitToLiveCampaign<S extends z.$ZodObject>(
  locale: string,
  slug: string,
  formData: FormData,
  schema: S,
  submit: (data: z.output<S>, campaign: LiveCampaign, request: Request) => unknown,
  /** The form's page, whose `/thanks` comes next. */
  formPath: (lang: Locale, campaignSlug: string) => string,
): Promise<ActionState> {
  const lang = langOf(locale);
  return runFormAction({
    schema,
    formData,
    authorize: () => {
      const campaign = typeof slug === "string" ? getLiveCampaignBySlug(slug) : undefined;
      if (!campaign) throw new AppError("campaign_not_live", `campaign ${String(slug)}`);
      return campaign;
    },
    perform: async (data, campaign) => {
      await submit(data, campaign, { locale: lang, clientIp: clientIpFrom(await headers()), origin: requestOrigin(await headers()) });
      return campaign.slug;
    },
    onSuccess: (campaignSlug) => redirect(`${formPath(lang, campaignSlug)}/thanks`),
  });
}
