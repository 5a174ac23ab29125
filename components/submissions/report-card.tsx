/** One approved report-back on the public wall: what happened, where, and the photos sent with it. */
import { getFormatter, getTranslations } from "next-intl/server";
import type { WallReport } from "@/db/queries/wall";
import { countryName } from "@/lib/i18n/countries";
import { MetaItem } from "@/components/ui/meta-item";

type Photo = WallReport["photos"][number];

function Thumbnails({ photos, altFor }: { photos: Photo[]; altFor: (n: number, total: number) => string }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {photos.map((p, i) => (
        <li key={p.path}>
          <a href={p.path} className="block rounded focus-visible:outline-offset-2">
            <img
              src={p.path}
              width={p.width}
              height={p.height}
              alt={altFor(i + 1, photos.length)}
              loading="lazy"
              decoding="async"
              className="h-28 w-auto max-w-full rounded border border-stone-200 object-cover"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

export async function ReportCard({ report, locale }: { report: WallReport; locale: string }) {
  const t = await getTranslations("actionsWall");
  const format = await getFormatter();
  const day = new Date(`${report.actionDate}T00:00:00Z`);
  const date = Number.isNaN(day.getTime()) ? report.actionDate : format.dateTime(day, { dateStyle: "long", timeZone: "UTC" });
  const kind = t(`kinds.${report.kind}`);
  const country = countryName(report.country, locale);
  const photos = report.photos.filter((p) => p.role === "photo");
  const replyPhotos = report.photos.filter((p) => p.role === "reply");
  const headingId = `report-${report.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-5">
      <h3 id={headingId} className="text-lg font-bold">
        {kind}: {report.city}, {country}
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <MetaItem label={t("reports.date")}>
          <time dateTime={report.actionDate}>{date}</time>
        </MetaItem>
        <MetaItem label={t("reports.mission")}>{report.missionName}</MetaItem>
        <MetaItem label={t("reports.organisation")}>{report.organisation}</MetaItem>
      </dl>
      <p className="mt-3 whitespace-pre-line">{report.account}</p>
      {photos.length > 0 && (
        <Thumbnails photos={photos} altFor={(n, total) => t("reports.photoAlt", { n, total, kind, city: report.city, date })} />
      )}
      {(report.replyText || replyPhotos.length > 0) && (
        <section aria-labelledby={`${headingId}-reply`} className="mt-4 border-l-4 border-stone-300 pl-4">
          <h4 id={`${headingId}-reply`} className="font-semibold">
            {t("reports.reply")}
          </h4>
          {report.replyText && <blockquote className="mt-1 whitespace-pre-line">{report.replyText}</blockquote>}
          {replyPhotos.length > 0 && (
            <Thumbnails
              photos={replyPhotos}
              altFor={(n, total) => t("reports.replyAlt", { recipient: report.missionName ?? t("reports.theMission"), n, total })}
            />
          )}
        </section>
      )}
    </article>
  );
}
