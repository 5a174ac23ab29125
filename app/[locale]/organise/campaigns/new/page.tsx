import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignForm } from "@/components/organise/campaign-form";
import { organiserPage } from "@/lib/auth/page-guard";
import { formStatusOptions } from "@/lib/organise/campaign-status";

export default async function NewCampaignPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const organiser = await organiserPage(locale, `/${locale}/organise/campaigns/new`);
  const t = await getTranslations("organise.campaignForm");
  return (
    <section aria-labelledby="new-campaign-heading" className="max-w-3xl space-y-5">
      <h1 id="new-campaign-heading" className="text-3xl font-extrabold">
        {t("newTitle")}
      </h1>
      <CampaignForm locale={locale} statuses={formStatusOptions({ role: null, isAdmin: organiser.isAdmin })} />
    </section>
  );
}
