import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmSubmission } from "@/components/reports/confirm-submission";

// The site-wide Referrer-Policy (same-origin) keeps the token in this URL from reaching any other site.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "report.confirm.plannedAction" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ConfirmPlannedActionPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  return <ConfirmSubmission kind="plannedAction" locale={locale} token={token} />;
}
