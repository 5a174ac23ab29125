import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { CheckEmail } from "@/components/reports/check-email";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "report.thanks" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ReportThanksPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations("report.thanks");
  return <CheckEmail title={t("title")} body={t("body", { campaign: campaign.title })} campaignSlug={campaign.slug} />;
}
