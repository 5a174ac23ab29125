/**
 * The three small pages a submission goes through, for either kind: "check your email" after the
 * form (/thanks), the page the emailed link opens (confirm/[token]), and "confirmed" after its button.
 * Each route's page.tsx is one line naming its kind; the wording comes from the kind's catalogue.
 */
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import type { SubmissionKind } from "@/lib/submissions/confirm";
import { CheckEmail } from "./check-email";
import { ConfirmSubmission } from "./confirm-submission";
import { SubmissionConfirmed } from "./submission-confirmed";

const NAMESPACES = {
  report: { thanks: "report.thanks", confirmed: "report.confirmed", confirm: "report.confirm.report" },
  plannedAction: { thanks: "plannedAction.thanks", confirmed: "plannedAction.confirmed", confirm: "report.confirm.plannedAction" },
} as const;

type Step = keyof (typeof NAMESPACES)["report"];

/** Not indexed: these pages are about one person's submission. */
function metadataOf(kind: SubmissionKind, step: Step) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace: NAMESPACES[kind][step] });
    return { title: t("title"), robots: { index: false, follow: false } };
  };
}

/** "Check your email", after the form. */
export function thanksPage(kind: SubmissionKind) {
  async function ThanksPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
    const { locale, slug } = await params;
    setRequestLocale(locale);
    const campaign = getLiveCampaignBySlug(slug);
    if (!campaign) notFound();
    const t = await getTranslations(NAMESPACES[kind].thanks);
    return <CheckEmail title={t("title")} body={t("body", { campaign: campaign.title })} campaignSlug={campaign.slug} />;
  }
  return { generateMetadata: metadataOf(kind, "thanks"), Page: ThanksPage };
}

/** After the confirm button: it now waits for a moderator. */
export function confirmedPage(kind: SubmissionKind) {
  async function ConfirmedPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
    const { locale, slug } = await params;
    setRequestLocale(locale);
    return <SubmissionConfirmed slug={slug} namespace={NAMESPACES[kind].confirmed} />;
  }
  return { generateMetadata: metadataOf(kind, "confirmed"), Page: ConfirmedPage };
}

/**
 * The page the emailed link opens: it explains, and only its button confirms. The site-wide
 * Referrer-Policy (same-origin) keeps the token in this URL from reaching any other site.
 */
export function confirmPage(kind: SubmissionKind) {
  async function ConfirmPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
    const { locale, token } = await params;
    setRequestLocale(locale);
    return <ConfirmSubmission kind={kind} locale={locale} token={token} />;
  }
  return { generateMetadata: metadataOf(kind, "confirm"), Page: ConfirmPage };
}
