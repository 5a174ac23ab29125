/** One upcoming planned action on the public wall, its time shown in the place's own time zone. */
import { getFormatter, getTranslations } from "next-intl/server";
import type { WallPlannedAction } from "@/db/queries/wall";
import { displayTimeZone, timeZoneLongName } from "@/lib/wall/wall";
import { countryName } from "@/lib/i18n/countries";
import { MetaItem } from "@/components/ui/meta-item";

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
        <MetaItem label={t("when")}>
          <time dateTime={action.startsAt.toISOString()}>{when}</time> ({timeZoneLongName(timeZone, action.startsAt, locale)})
        </MetaItem>
        <MetaItem label={t("where")}>
          {action.place}, {action.city}, {countryName(action.country, locale)}
        </MetaItem>
        <MetaItem label={t("mission")}>{action.missionName}</MetaItem>
        <MetaItem label={t("organisation")}>{action.organisation}</MetaItem>
        <MetaItem label={t("contact")} className="break-words">{action.contact}</MetaItem>
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
