import { getFormatter, getTranslations } from "next-intl/server";
import type { PlannedAction } from "@/db/schema";
import { countryName } from "@/lib/i18n/countries";

/** When (in the place's own time zone), where and whom to contact, as moderators and organisers see it. */
export async function PlannedActionSummary({ action, missionName, locale, showPrivate }: { action: PlannedAction; missionName: string | null; locale: string; showPrivate: boolean }) {
  const t = await getTranslations("plannedAction.summary");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: action.timeZone });
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="font-semibold">{t("when")}</dt>
      <dd>
        <time dateTime={action.startsAt.toISOString()}>{when(action.startsAt)}</time>
        {action.endsAt && <> – {when(action.endsAt)}</>} ({action.timeZone.replace(/_/g, " ")})
      </dd>
      <dt className="font-semibold">{t("where")}</dt>
      <dd>
        {action.place}, {action.city}, {countryName(action.country, locale)}
        {missionName && <> · {missionName}</>}
      </dd>
      {action.contact && (
        <>
          <dt className="font-semibold">{t("contact")}</dt>
          <dd>{action.contact}</dd>
        </>
      )}
      {action.organisation && (
        <>
          <dt className="font-semibold">{t("organisation")}</dt>
          <dd>{action.organisation}</dd>
        </>
      )}
      {showPrivate && action.contactEmail && (
        <>
          <dt className="font-semibold">{t("contactEmail")}</dt>
          <dd>
            {action.contactEmail} <span className="text-stone-600">({t("private")})</span>
          </dd>
        </>
      )}
      {action.description && (
        <>
          <dt className="font-semibold">{t("description")}</dt>
          <dd className="whitespace-pre-line">{action.description}</dd>
        </>
      )}
    </dl>
  );
}
