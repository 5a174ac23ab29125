import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubmissionConfirmed } from "@/components/reports/submission-confirmed";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "plannedAction.confirmed" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** After the button: the planned action waits for a moderator. */
export default async function ProposeActionConfirmedPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  return <SubmissionConfirmed slug={slug} namespace="plannedAction.confirmed" />;
}
