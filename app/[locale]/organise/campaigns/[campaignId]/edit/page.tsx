import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignForm } from "@/components/organise/campaign-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { formStatusOptions } from "@/lib/organise/campaign-status";

export default async function EditCampaignPage({ params }: { params: Promise<{ locale: string; campaignId: string }> }) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { organiser, campaign, role } = await campaignPage(locale, campaignId, "campaign.edit", `/${locale}/organise/campaigns/${campaignId}/edit`);
  const t = await getTranslations("organise.campaignForm");
  return (
    <section aria-labelledby="edit-campaign-heading" className="max-w-3xl space-y-5">
      <h1 id="edit-campaign-heading" className="text-3xl font-extrabold">
        {t("editTitle", { title: campaign.title })}
      </h1>
      <CampaignForm locale={locale} campaign={campaign} statuses={formStatusOptions({ role, isAdmin: organiser.isAdmin }, campaign)} />
    </section>
  );
}
