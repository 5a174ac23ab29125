import { getTranslations } from "next-intl/server";
import type { Mission } from "@/db/schema";
import { VerificationBadge } from "@/components/directory/verification-badge";

/** What the directory knows about a recipient, and how far to trust it: shown wherever an entry is used. */
export async function DirectoryEntryNote({ mission }: { mission: Mission }) {
  const t = await getTranslations("letters.entry");
  return (
    <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50/50 p-3 text-sm">
      <p className="font-semibold">{t("heading")}</p>
      <VerificationBadge entry={mission} />
      <p>
        <span className="font-semibold">{mission.name}</span>
        {mission.addressLines?.length ? <span className="block text-stone-700">{mission.addressLines.join(", ")}</span> : null}
      </p>
      {!mission.addressLines?.length && <p>{t("noAddress")}</p>}
      {mission.source && <p className="text-stone-700">{t("source", { source: mission.source })}</p>}
      {mission.notes && <p className="text-stone-700">{t("notes", { notes: mission.notes })}</p>}
    </div>
  );
}
