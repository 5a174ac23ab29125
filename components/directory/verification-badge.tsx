import { getFormatter, getTranslations } from "next-intl/server";
import type { Mission } from "@/db/schema";
import { verificationState } from "@/lib/directory/verification";

const STYLE = {
  verified: "bg-green-50 text-green-900 ring-green-700/30",
  stale: "bg-amber-50 text-amber-900 ring-amber-700/40",
  unverified: "bg-red-50 text-red-900 ring-red-700/40",
} as const;

/** How far a directory entry can be trusted, shown wherever the entry appears. */
export async function VerificationBadge({ entry }: { entry: Pick<Mission, "source" | "verifiedOn" | "addressLines"> }) {
  const t = await getTranslations("directory.verification");
  const format = await getFormatter();
  const state = verificationState(entry);
  const date = entry.verifiedOn ? format.dateTime(new Date(`${entry.verifiedOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "";
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ring-1 ${STYLE[state]}`}>
      {t(state, { date })}
    </span>
  );
}
