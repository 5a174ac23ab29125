import { PlannedActionForm } from "@/components/submissions/planned-action-form";
import { formPageMetadata, PublicFormPage } from "@/components/submissions/public-form-page";
import { timeZoneNames } from "@/lib/calendar/zoned-time";
import { openLiveCampaignPage } from "../../live-campaign-page";
import { proposeActionAction } from "./propose-action-actions";

export const generateMetadata = formPageMetadata("plannedAction.page");

/** Activists announce a picket or protest; it appears once their email is confirmed and a moderator approves it. */
export default async function ProposeActionPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, t, campaign, formOptions } = await openLiveCampaignPage(params, "plannedAction.page");
  return (
    <PublicFormPage campaign={campaign} namespace="plannedAction.page">
      <PlannedActionForm
        variant="public"
        action={proposeActionAction.bind(null, locale, campaign.slug)}
        {...formOptions}
        timeZones={timeZoneNames()}
        submitLabel={t("submit")}
      />
    </PublicFormPage>
  );
}
