import { getFormatter, getTranslations } from "next-intl/server";

/** Confirmed count against the goal, as text and as a progress bar. */
export async function PetitionProgress({
  count,
  goal,
  live,
}: {
  count: number;
  goal: number;
  /** Element that client code keeps fresh; the server-rendered number works without it. */
  live?: React.ReactNode;
}) {
  const t = await getTranslations("petition");
  const format = await getFormatter();
  const percent = goal > 0 ? Math.min(100, Math.round((count / goal) * 100)) : 0;
  return (
    <div>
      <p className="text-lg">
        {live ?? <strong className="text-2xl font-extrabold">{format.number(count)}</strong>}{" "}
        {t("signaturesOfGoal", { goal: format.number(goal) })}
      </p>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-3 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
