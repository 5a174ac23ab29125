import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";
import { OrganiserPlannedActionForm, PlannedActionPageFrame } from "../planned-action-page";

/** An organiser announces a planned action; it is public at once. */
export default async function NewPlannedActionPage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, campaign } = await openCampaignPage(params, "actions.edit", "organise/campaigns/[campaignId]/actions/new", "organise.plannedActions");
  return (
    <PlannedActionPageFrame campaignId={campaign.id} back={t("title")} title={t("newTitle")}>
      <OrganiserPlannedActionForm locale={locale} campaignId={campaign.id} submitLabel={t("create")} />
    </PlannedActionPageFrame>
  );
}
