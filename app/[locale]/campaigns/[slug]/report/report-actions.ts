"use server";
/** Server actions of the public report-back: submit (with photos), and confirm from the emailed link. */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { langOf, tokenArgs } from "@/lib/forms/bound-args";
import { runButtonAction } from "@/lib/forms/button-action";
import { isLocale } from "@/lib/i18n/locales";
import { confirmSubmission, type SubmissionKind } from "@/lib/submissions/confirm";
import { postedPhotos } from "@/lib/submissions/reports/photos";
import { submitReport } from "@/lib/submissions/reports/report";
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

const submissionKind = z.enum(["report", "plannedAction"]).catch("report");

/** The confirm pages' button: spends the token, then shows where the report (or action) went. */
export async function confirmSubmissionAction(kind: SubmissionKind, locale: string, token: string): Promise<void> {
  const lang = langOf(locale);
  const known = submissionKind.parse(kind); // an unknown kind is read as a report, as the page does
  const confirmPage = (safeToken: string) => redirect(known === "report" ? paths.reportConfirm(lang, safeToken) : paths.plannedActionConfirm(lang, safeToken));
  return runButtonAction({
    schema: tokenArgs,
    input: { token },
    authorize: () => null, // the token is the permission
    perform: (data) => ({ data, outcome: confirmSubmission(known, data.token) }),
    onSuccess: ({ data, outcome }) => {
      if (outcome.state !== "accepted") confirmPage(data.token);
      else redirect(known === "report" ? `${paths.report(lang, outcome.campaignSlug)}/confirmed` : `${paths.proposeAction(lang, outcome.campaignSlug)}/confirmed`);
    },
    onFailure: () => confirmPage("invalid"),
  });
}
