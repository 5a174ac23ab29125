import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { PlannedActionForm } from "@/components/submissions/planned-action-form";
import { timeZoneNames } from "@/lib/calendar/zoned-time";
import { clientMessages, SUBMISSION_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { countryOptions } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { missionGroups } from "@/lib/submissions/mission-options";
import { proposeActionAction } from "./propose-action-actions";
import { titleAfterPost } from "@/lib/i18n/document-title";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "plannedAction.page" });
  return { title: await titleAfterPost(locale, t("title")) };
}

/** Activists announce a picket or protest; it appears once their email is confirmed and a moderator approves it. */
export default async function ProposeActionPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations("plannedAction.page");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/campaigns/${campaign.slug}`} className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline">
            {campaign.title}
          </Link>
        </p>
        <h1 className="text-3xl font-extrabold">{t("title")}</h1>
        <p className="text-lg text-stone-700">{t("intro")}</p>
      </header>
      <NextIntlClientProvider messages={await clientMessages(SUBMISSION_CLIENT_NAMESPACES)}>
        <PlannedActionForm
          variant="public"
          action={proposeActionAction.bind(null, locale, campaign.slug)}
          countries={countryOptions(locale)}
          missionGroups={missionGroups(campaign.id, locale)}
          timeZones={timeZoneNames()}
          submitLabel={t("submit")}
        />
      </NextIntlClientProvider>
    </div>
  );
}
