import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getLiveCampaignBySlug } from "@/db/queries/campaigns";
import { formPageMetadata, PublicFormPage } from "@/components/submissions/public-form-page";
import { ReportForm } from "@/components/submissions/report-form";
import { countryOptions } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { missionGroups } from "@/lib/submissions/mission-options";
import { submitReportAction } from "./report-actions";

export const generateMetadata = formPageMetadata("report.page");

/** "Tell us what you did": the public report-back form of a live campaign. */
export default async function ReportPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const campaign = getLiveCampaignBySlug(slug);
  if (!campaign) notFound();
  const t = await getTranslations("report.page");
  const planned = t.rich("planned", {
    link: (chunks) => (
      <Link href={`/campaigns/${campaign.slug}/actions/new`} className="underline">
        {chunks}
      </Link>
    ),
  });
  return (
    <PublicFormPage campaign={campaign} namespace="report.page" below={<p className="text-sm">{planned}</p>}>
      <ReportForm
        variant="public"
        action={submitReportAction.bind(null, locale, campaign.slug)}
        countries={countryOptions(locale)}
        missionGroups={missionGroups(campaign.id, locale)}
        submitLabel={t("submit")}
      />
    </PublicFormPage>
  );
}
