import { CampaignForm } from "@/components/organise/campaign-form";
import { PageSection } from "@/components/layout/page-section";
import { openOrganiserPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";
import { formStatusOptions } from "@/lib/organise/campaign-status";

export default async function NewCampaignPage({ params }: LocalePageProps) {
  const { locale, t, organiser } = await openOrganiserPage(params, "organise/campaigns/new", "organise.campaignForm");
  return (
    <PageSection headingId="new-campaign-heading" title={t("newTitle")} className="max-w-3xl space-y-5">
      <CampaignForm locale={locale} statuses={formStatusOptions({ role: null, isAdmin: organiser.isAdmin })} />
    </PageSection>
  );
}
