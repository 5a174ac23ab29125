import { getFormatter, getTranslations } from "next-intl/server";
import type { PlannedAction } from "@/db/schema";
import { countryName } from "@/lib/i18n/countries";
import { MetaItem } from "@/components/ui/meta-item";

/** When (in the place's own time zone), where and whom to contact, as moderators and organisers see it. */
export async function PlannedActionSummary({ action, missionName, locale, showPrivate }: { action: PlannedAction; missionName: string | null; locale: string; showPrivate: boolean }) {
  const t = await getTranslations("plannedAction.summary");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: action.timeZone });
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      <MetaItem label={t("when")}>
        <time dateTime={action.startsAt.toISOString()}>{when(action.startsAt)}</time>
        {action.endsAt && <> – {when(action.endsAt)}</>} ({action.timeZone.replace(/_/g, " ")})
      </MetaItem>
      <MetaItem label={t("where")}>
        {action.place}, {action.city}, {countryName(action.country, locale)}
        {missionName && <> · {missionName}</>}
      </MetaItem>
      <MetaItem label={t("contact")}>{action.contact}</MetaItem>
      <MetaItem label={t("organisation")}>{action.organisation}</MetaItem>
      <MetaItem label={t("contactEmail")}>
        {showPrivate && action.contactEmail && (
          <>
            {action.contactEmail} <span className="text-stone-600">({t("private")})</span>
          </>
        )}
      </MetaItem>
      <MetaItem label={t("description")} className="whitespace-pre-line">{action.description}</MetaItem>
    </dl>
  );
}
