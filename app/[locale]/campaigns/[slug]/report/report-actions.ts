"use server";
/** Server actions of the public report-back: submit (with photos), and confirm from the emailed link. */
import { redirect } from "next/navigation";
import { type ActionState } from "@/lib/forms/form-action";
import { z } from "zod";
import { langOf, tokenArgs } from "@/lib/forms/bound-args";
import { runButtonAction } from "@/lib/forms/button-action";
import { confirmSubmission, type SubmissionKind } from "@/lib/submissions/confirm";
import { postedPhotos } from "@/lib/submissions/reports/photos";
import { submitReport } from "@/lib/submissions/reports/report";
import { readGuard } from "@/lib/security/form-guard";
import { paths } from "@/lib/urls";
import { reportSchema } from "@/lib/validation/reports";
import { submitToLiveCampaign } from "../live-campaign-form";

export async function submitReportAction(locale: string, slug: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return submitToLiveCampaign(
    locale,
    slug,
    formData,
    reportSchema,
    async (data, campaign, request) => submitReport({ campaign, data, posted: postedPhotos(formData), ...request, ...(await readGuard(formData)) }),
    paths.report,
  );
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
