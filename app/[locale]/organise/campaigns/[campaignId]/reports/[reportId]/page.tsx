import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getReportForCampaign, listPhotosOfReports } from "@/db/queries/reports";
import { ConfirmDisclosure } from "@/components/submissions/confirm-disclosure";
import { ReportForm } from "@/components/submissions/report-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { countryOptions } from "@/lib/i18n/countries";
import { Link } from "@/lib/i18n/navigation";
import { missionGroups } from "@/lib/submissions/mission-options";
import { correctReportPlaceAction, editReportAction, removePhotoAction } from "../report-moderation-actions";
import { PlaceCorrectionForm } from "@/components/organise/place-correction-form";

type Props = {
  params: Promise<{ locale: string; campaignId: string; reportId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A moderator corrects a report's text or removes a photo (a face, a licence plate) before approving it. */
export default async function EditReportPage({ params, searchParams }: Props) {
  const { locale, campaignId, reportId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "reports.moderate", `/${locale}/organise/campaigns/${campaignId}/reports/${reportId}`);
  const id = Number(reportId);
  const report = Number.isInteger(id) && id > 0 ? getReportForCampaign(campaign.id, id) : undefined;
  if (!report || report.status === "unconfirmed") notFound();
  const photos = listPhotosOfReports([report.id]);
  const t = await getTranslations("organise.reports");
  const te = await getTranslations("errors");
  const query = await searchParams;
  const error = typeof query.error === "string" ? query.error : undefined;

  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/organise/campaigns/${campaign.id}/reports?status=${report.status}`} className="underline">
          {t("backToQueue")}
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold">{t("editTitle")}</h1>
      {query.notice === "photo_removed" && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t("notice.photo_removed")}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">
          {te.has(error) ? te(error, { max: 0 }) : te("invalid")}
        </p>
      )}
      <section aria-labelledby="photos-heading" className="space-y-3">
        <h2 id="photos-heading" className="text-xl font-bold">
          {t("photos")}
        </h2>
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
      </section>
      <section aria-labelledby="text-heading" className="space-y-3">
        <h2 id="text-heading" className="text-xl font-bold">
          {t("textHeading")}
        </h2>
        <ReportForm
          variant="edit"
          action={editReportAction.bind(null, locale)}
          countries={countryOptions(locale)}
          missionGroups={missionGroups(campaign.id, locale)}
          hidden={{ campaignId: String(campaign.id), reportId: String(report.id), view: report.status }}
          defaults={{
            kind: report.kind,
            actionDate: report.actionDate,
            city: report.city,
            country: report.country,
            missionId: report.missionId ? String(report.missionId) : "",
            account: report.account,
            replyText: report.replyText ?? "",
            organisation: report.organisation,
          }}
          submitLabel={t("save")}
        />
      </section>
      <PlaceCorrectionForm
        action={correctReportPlaceAction.bind(null, locale)}
        campaignId={campaign.id}
        itemId={report.id}
        latitude={report.latitude}
        longitude={report.longitude}
        corrected={report.placeCorrected}
        notice={query.notice === "place_saved"}
        error={typeof query.placeError === "string" ? query.placeError : undefined}
      />
    </div>
  );
}
