import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "report.confirmed" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** After the button: the report waits for a moderator. */
export default async function ReportConfirmedPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations("report.confirmed");
  return (
    <section aria-labelledby="confirmed-heading" className="mx-auto max-w-2xl space-y-4">
      <h1 id="confirmed-heading" className="text-3xl font-extrabold">
        {t("title")}
      </h1>
      <p className="text-lg">{t("body")}</p>
      <p>
        <Link href={`/campaigns/${campaign.slug}`} className="font-semibold text-brand-700 underline">
          {t("back", { campaign: campaign.title })}
        </Link>
      </p>
    </section>
  );
}
