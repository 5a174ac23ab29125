"use server";
/** Server actions of the public report-back: submit (with photos), and confirm from the emailed link. */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { confirmSubmission, type SubmissionKind } from "@/lib/reports/confirm";
import { postedPhotos } from "@/lib/reports/photos";
import { submitReport } from "@/lib/reports/submit";
import { clientIpFrom } from "@/lib/security/client-ip";
import { requestOrigin } from "@/lib/security/origin";
import { readGuard } from "@/lib/security/form-guard";
import { paths } from "@/lib/urls";
import { reportSchema } from "@/lib/validation/reports";

export async function submitReportAction(locale: string, slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const lang = isLocale(locale) ? locale : "en";
  return runFormAction({
    schema: reportSchema,
    formData,
    authorize: () => {
      // Anyone may report back, to a live campaign only.
      const campaign = typeof slug === "string" ? getLiveCampaignBySlug(slug) : undefined;
      if (!campaign) throw new AppError("campaign_not_live", `campaign ${String(slug)}`);
      return campaign;
    },
    perform: async (data, campaign) => {
      const guard = await readGuard(formData);
      await submitReport({ campaign, data, posted: postedPhotos(formData), locale: lang, clientIp: clientIpFrom(await headers()), origin: requestOrigin(await headers()), ...guard });
      return campaign.slug;
    },
    onSuccess: (campaignSlug) => redirect(`${paths.report(lang, campaignSlug)}/thanks`),
  });
}

/** The confirm pages' button: spends the token, then shows where the report (or action) went. */
export async function confirmSubmissionAction(kind: SubmissionKind, locale: string, token: string): Promise<void> {
  const lang = isLocale(locale) ? locale : "en";
  const known: SubmissionKind = kind === "plannedAction" ? "plannedAction" : "report";
  const result = typeof token === "string" ? confirmSubmission(known, token) : { state: "invalid" as const };
  if (result.state === "accepted") {
    redirect(known === "report" ? `${paths.report(lang, result.campaignSlug)}/confirmed` : `${paths.proposeAction(lang, result.campaignSlug)}/confirmed`);
  }
  const safeToken = typeof token === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(token) ? token : "invalid";
  redirect(known === "report" ? paths.reportConfirm(lang, safeToken) : paths.plannedActionConfirm(lang, safeToken));
}
