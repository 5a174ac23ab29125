import { MissionForm } from "@/components/directory/mission-form";
import { PageSection } from "@/components/layout/page-section";
import { openCampaignPage } from "@/lib/auth/page-guard";
import type { LocalePageProps } from "@/lib/i18n/page";

export default async function NewMissionPage({ params }: LocalePageProps<{ campaignId: string }>) {
  const { locale, t, campaign } = await openCampaignPage(params, "directory.edit", "organise/campaigns/[campaignId]/directory/new", "directory");
  return (
    <PageSection
      headingId="new-mission-heading"
      title={t("form.newTitle")}
      className="max-w-3xl space-y-5"
      back={{ href: `/organise/campaigns/${campaign.id}/directory`, label: t("title") }}
    >
      <MissionForm locale={locale} campaignId={campaign.id} />
    </PageSection>
  );
}
