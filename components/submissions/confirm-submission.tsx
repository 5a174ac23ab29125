import { getTranslations } from "next-intl/server";
import { confirmSubmissionAction } from "@/app/[locale]/campaigns/[slug]/report/report-actions";
import { lookupSubmissionToken, type SubmissionKind } from "@/lib/submissions/confirm";
import { OnwardLink, PageSection } from "@/components/layout/page-section";
import { PendingConfirmation } from "@/components/layout/pending-confirmation";

/** The page an emailed link opens: it explains, and only its button (a POST) confirms. */
export async function ConfirmSubmission({ kind, locale, token }: { kind: SubmissionKind; locale: string; token: string }) {
  const t = await getTranslations(`report.confirm.${kind}`);
  const tc = await getTranslations("report.confirm");
  const found = lookupSubmissionToken(kind, token);
  if (found.state === "pending") {
    return (
      <PendingConfirmation
        title={t("title")}
        body={t("body", { campaign: found.campaignTitle })}
        action={confirmSubmissionAction.bind(null, kind, locale, token)}
        button={t("button")}
        notYou={t("notYou")}
      />
    );
  }
  return (
    <PageSection headingId="confirm-heading" title={tc(`${found.state}.title`)} className="mx-auto max-w-2xl space-y-5">
      <p className="text-lg">{found.state === "invalid" ? tc("invalid.body") : tc(`${found.state}.body`, { campaign: found.campaignTitle })}</p>
      {found.state !== "invalid" && found.state !== "closed" && <OnwardLink href={`/campaigns/${found.campaignSlug}`}>{tc("toCampaign")}</OnwardLink>}
    </PageSection>
  );
}
