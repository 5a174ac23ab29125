import { getTranslations } from "next-intl/server";
import type { Mission } from "@/db/schema";
import { Link } from "@/lib/i18n/navigation";
import { httpLink } from "@/lib/security/safe-url";
import { VerificationBadge } from "./verification-badge";
import { MetaItem } from "@/components/ui/meta-item";
import { EditDeleteLinks } from "@/components/ui/edit-delete-links";

/**
 * One directory entry as organisers read it: who, where, how to reach them, and how far to trust
 * it (the badge, the source, the notes). Edit and delete links only for those who may write.
 */
export async function MissionCard({ mission, editBase, headingLevel = 3 }: { mission: Mission; editBase?: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = await getTranslations("directory");
  const head = [mission.headTitle, mission.headName].filter(Boolean).join(", ");
  const headingId = `mission-${mission.id}-name`;
  const website = httpLink(mission.website);
  return (
    <article id={`mission-${mission.id}`} aria-labelledby={headingId} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Heading id={headingId} className="text-lg font-bold">
            {mission.name}
          </Heading>
          <p className="text-sm text-stone-600">{t(`kinds.${mission.kind}`)}</p>
        </div>
        <VerificationBadge entry={mission} />
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("fields.head")}</dt>
        <dd>{head || <span className="text-stone-600">{t("card.noHead")}</span>}</dd>
        <dt className="font-semibold">{t("fields.addressLines")}</dt>
        <dd>
          {mission.addressLines?.length ? (
            <address className="not-italic">
              {mission.addressLines.map((line, i) => (
                <span key={i} className="block">
                  {line}
                </span>
              ))}
            </address>
          ) : (
            <span className="font-semibold text-red-900">{t("card.noAddress")}</span>
          )}
        </dd>
        <MetaItem label={t("fields.email")} className="break-all">{mission.email}</MetaItem>
        <MetaItem label={t("fields.phone")}>{mission.phone}</MetaItem>
        <MetaItem label={t("fields.website")} className="break-all">
          {mission.website &&
            (website ? (
              <a href={website} rel="noopener noreferrer nofollow" className="underline">
                {mission.website}
              </a>
            ) : (
              mission.website
            ))}
        </MetaItem>
        <dt className="font-semibold">{t("fields.source")}</dt>
        <dd className="break-words">{mission.source || <span className="text-stone-600">{t("card.noSource")}</span>}</dd>
        <MetaItem label={t("fields.notes")} className="whitespace-pre-line">{mission.notes}</MetaItem>
      </dl>
      {editBase && (
        <p className="flex gap-4 text-sm">
          <EditDeleteLinks base={`${editBase}/${mission.id}`} name={mission.name} edit={t("card.edit")} remove={t("card.delete")} />
        </p>
      )}
    </article>
  );
}
