import { getFormatter, getTranslations } from "next-intl/server";

/** The deadline as a date and as time left (or "closed"). */
export async function Deadline({ deadline, now }: { deadline: Date | null; now: Date }) {
  const t = await getTranslations("petition");
  const format = await getFormatter();
  if (!deadline) return null;
  const date = format.dateTime(deadline, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  });
  if (deadline.getTime() <= now.getTime()) {
    return <p className="text-stone-700">{t("deadlinePassed", { date })}</p>;
  }
  return (
    <p className="text-stone-700">
      {t("deadline", { date })}{" "}
      <strong className="text-brand-700">({format.relativeTime(deadline, now)})</strong>
    </p>
  );
}
