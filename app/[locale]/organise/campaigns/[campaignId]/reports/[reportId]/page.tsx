import { getReportForCampaign, listPhotosOfReports } from "@/db/queries/reports";
import { BackLink, Section } from "@/components/layout/page-section";
import { ConfirmDisclosure } from "@/components/submissions/confirm-disclosure";
import { PageNotices } from "@/components/submissions/page-notices";
import { ReportForm } from "@/components/submissions/report-form";
import { foundById, openCampaignPage } from "@/lib/auth/page-guard";
import { countryOptions } from "@/lib/i18n/countries";
import type { LocalePageProps } from "@/lib/i18n/page";
import { missionGroups } from "@/lib/submissions/mission-options";
import { correctReportPlaceAction, editReportAction, removePhotoAction } from "../report-moderation-actions";
import { PlaceCorrectionForm } from "@/components/organise/place-correction-form";
import { notFound } from "next/navigation";
import { placeDefaults } from "@/components/submissions/form-defaults";

/** A moderator corrects a report's text or removes a photo (a face, a licence plate) before approving it. */
export default async function EditReportPage({ params, searchParams }: LocalePageProps<{ campaignId: string; reportId: string }>) {
  const { locale, t, campaign, reportId } = await openCampaignPage(
    params,
    "reports.moderate",
    "organise/campaigns/[campaignId]/reports/[reportId]",
    "organise.reports",
  );
  const report = foundById(reportId, (id) => getReportForCampaign(campaign.id, id));
  if (report.status === "unconfirmed") notFound();
  const photos = listPhotosOfReports([report.id]);
  const query = await searchParams;

  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/organise/campaigns/${campaign.id}/reports?status=${report.status}`}>{t("backToQueue")}</BackLink>
      <h1 className="text-3xl font-extrabold">{t("editTitle")}</h1>
      <PageNotices
        namespace="organise.reports"
        notice={query.notice === "photo_removed" ? query.notice : undefined}
        error={typeof query.error === "string" ? query.error : undefined}
      />
      <Section headingId="photos-heading" title={t("photos")} className="space-y-3">
        {photos.length === 0 && <p>{t("noPhotos")}</p>}
        <ul className="grid gap-4 sm:grid-cols-2">
          {photos.map((p, i) => {
            const alt = t(p.role === "reply" ? "replyPhotoAlt" : "photoAlt", { n: i + 1 });
            return (
              <li key={p.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-3">
                <img src={p.path} width={p.width} height={p.height} alt={alt} className="h-auto max-h-64 w-full rounded object-contain" />
                <ConfirmDisclosure
                  summary={<>{t("removePhoto")}<span className="sr-only"> {alt}</span></>}
                  question={t("removePhotoQuestion")}
                  confirmLabel={t("removePhotoConfirm")}
                  action={removePhotoAction.bind(null, locale)}
                  fields={{ campaignId: campaign.id, reportId: report.id, photoId: p.id }}
                />
              </li>
            );
          })}
        </ul>
      </Section>
      <Section headingId="text-heading" title={t("textHeading")} className="space-y-3">
        <ReportForm
          variant="edit"
          action={editReportAction.bind(null, locale)}
          countries={countryOptions(locale)}
          missionGroups={missionGroups(campaign.id, locale)}
          hidden={{ campaignId: String(campaign.id), reportId: String(report.id), view: report.status }}
          defaults={{
            kind: report.kind,
            actionDate: report.actionDate,
            ...placeDefaults(report),
            account: report.account,
            replyText: report.replyText ?? "",
            organisation: report.organisation,
          }}
          submitLabel={t("save")}
        />
      </Section>
      <PlaceCorrectionForm action={correctReportPlaceAction.bind(null, locale)} campaignId={campaign.id} item={report} query={query} />
    </div>
  );
}
