import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { PlannedActionForm } from "@/components/submissions/planned-action-form";
import { formPageMetadata, PublicFormPage } from "@/components/submissions/public-form-page";
import { timeZoneNames } from "@/lib/calendar/zoned-time";
import { countryOptions } from "@/lib/i18n/countries";
import { missionGroups } from "@/lib/submissions/mission-options";
import { proposeActionAction } from "./propose-action-actions";

export const generateMetadata = formPageMetadata("plannedAction.page");

/** Activists announce a picket or protest; it appears once their email is confirmed and a moderator approves it. */
export default async function ProposeActionPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations("plannedAction.page");
  return (
    <PublicFormPage campaign={campaign} namespace="plannedAction.page">
      <PlannedActionForm
        variant="public"
        action={proposeActionAction.bind(null, locale, campaign.slug)}
        countries={countryOptions(locale)}
        missionGroups={missionGroups(campaign.id, locale)}
        timeZones={timeZoneNames()}
        submitLabel={t("submit")}
      />
    </PublicFormPage>
  );
}
