import { formPageMetadata, PublicFormPage } from "@/components/submissions/public-form-page";
import { ReportForm } from "@/components/submissions/report-form";
import { Link } from "@/lib/i18n/navigation";
import { openLiveCampaignPage } from "../live-campaign-page";
import { submitReportAction } from "./report-actions";

export const generateMetadata = formPageMetadata("report.page");

/** "Tell us what you did": the public report-back form of a live campaign. */
export default async function ReportPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, t, campaign, formOptions } = await openLiveCampaignPage(params, "report.page");
  const planned = t.rich("planned", {
    link: (chunks) => (
      <Link href={`/campaigns/${campaign.slug}/actions/new`} className="underline">
        {chunks}
      </Link>
    ),
  });
  return (
    <PublicFormPage campaign={campaign} namespace="report.page" below={<p className="text-sm">{planned}</p>}>
      <ReportForm variant="public" action={submitReportAction.bind(null, locale, campaign.slug)} {...formOptions} submitLabel={t("submit")} />
    </PublicFormPage>
  );
}
