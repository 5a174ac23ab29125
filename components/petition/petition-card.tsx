import { getTranslations } from "next-intl/server";
import type { Petition } from "@/db/schema";
import { Link } from "@/lib/i18n/navigation";
import { Deadline } from "./deadline";
import { PetitionProgress } from "./progress";

export async function PetitionCard({ petition, now }: { petition: Petition; now: Date }) {
  const t = await getTranslations("petition");
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      {petition.isUrgent && (
        <p className="mb-1 inline-block rounded bg-brand-600 px-2 py-0.5 text-xs font-bold uppercase text-white">
          {t("urgent")}
        </p>
      )}
      <h3 className="text-lg font-bold">
        <Link href={`/petitions/${petition.slug}`} className="hover:underline">
          {petition.title}
        </Link>
      </h3>
      <p className="text-sm text-stone-600">{t("addressedTo", { addressee: petition.addressee })}</p>
      <div className="mt-3">
        <PetitionProgress count={petition.signatureCount} goal={petition.goal} />
      </div>
      <div className="mt-2 text-sm">
        <Deadline deadline={petition.deadline} now={now} />
      </div>
      {petition.status === "open" ? (
        <Link
          href={`/petitions/${petition.slug}#sign`}
          className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("signThis")}
          <span className="sr-only">: {petition.title}</span>
        </Link>
      ) : (
        <p className="mt-3 font-semibold">{t(`statusLabel.${petition.status}`)}</p>
      )}
    </article>
  );
}
