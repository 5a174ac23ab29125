import { CampaignForm } from "@/components/organise/campaign-form";
import { PageSection } from "@/components/layout/page-section";
import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";
import { formStatusOptions } from "@/lib/organise/campaign-status";

export default async function EditCampaignPage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, organiser, campaign, role } = await openCampaignPage(params, "campaign.edit", "organise/campaigns/[campaignId]/edit", "organise.campaignForm");
  return (
    <PageSection headingId="edit-campaign-heading" title={t("editTitle", { title: campaign.title })} className="max-w-3xl space-y-5">
      <CampaignForm locale={locale} campaign={campaign} statuses={formStatusOptions({ role, isAdmin: organiser.isAdmin }, campaign)} />
    </PageSection>
  );
}
