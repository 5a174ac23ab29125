/** One upcoming planned action on the public wall, its time shown in the place's own time zone. */
import { getFormatter, getTranslations } from "next-intl/server";
import type { WallPlannedAction } from "@/db/queries/wall";
import { displayTimeZone, timeZoneLongName } from "@/lib/wall/wall";
import { countryName } from "@/lib/i18n/countries";

const WHEN = { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit" } as const;

export async function PlannedActionCard({ action, locale }: { action: WallPlannedAction; locale: string }) {
  const t = await getTranslations("actionsWall.upcoming");
  const format = await getFormatter();
  const timeZone = displayTimeZone(action.timeZone);
  const when = action.endsAt
    ? format.dateTimeRange(action.startsAt, action.endsAt, { ...WHEN, timeZone })
    : format.dateTime(action.startsAt, { ...WHEN, timeZone });
  const headingId = `planned-${action.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-5">
      <h3 id={headingId} className="text-lg font-bold">
        {action.title}
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <time dateTime={action.startsAt.toISOString()}>{when}</time> ({timeZoneLongName(timeZone, action.startsAt, locale)})
        </dd>
        <dt className="font-semibold">{t("where")}</dt>
        <dd>
          {action.place}, {action.city}, {countryName(action.country, locale)}
        </dd>
        {action.missionName && (
          <>
            <dt className="font-semibold">{t("mission")}</dt>
            <dd>{action.missionName}</dd>
          </>
        )}
        {action.organisation && (
          <>
            <dt className="font-semibold">{t("organisation")}</dt>
            <dd>{action.organisation}</dd>
          </>
        )}
        {action.contact && (
          <>
            <dt className="font-semibold">{t("contact")}</dt>
            <dd className="break-words">{action.contact}</dd>
          </>
        )}
      </dl>
      {action.description && <p className="mt-3 whitespace-pre-line">{action.description}</p>}
      <p className="mt-3">
        {/* A route handler, not a page: no locale prefix, so a plain link rather than the i18n Link. */}
        <a href={`/api/actions/${action.id}/ics`} className="inline-flex min-h-6 items-center font-semibold underline">
          {t("ics")}
          <span className="sr-only"> — {action.title}</span>
        </a>
      </p>
    </article>
  );
}
