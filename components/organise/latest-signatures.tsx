import { getFormatter, getTranslations } from "next-intl/server";
import { CommentCell } from "@/components/organise/comment-cell";
import { SignatureRowActions } from "@/components/organise/moderation";
import { Pagination } from "@/components/ui/pagination";
import type { listLatestSignatures } from "@/db/queries/signature-reads";
import { countryName } from "@/lib/i18n/countries";
import { Section } from "@/components/layout/page-section";

type Latest = ReturnType<typeof listLatestSignatures>;

/**
 * The petition dashboard's latest signatures. At 1280 px everything fits without sideways scrolling:
 * the signer's name, email and place share one column and each row's actions stack in the last one.
 * Below the md breakpoint the table becomes a list of cards, each value labelled (the header row is hidden).
 */
export async function LatestSignatures({
  petitionId,
  latest,
  page,
  pageCount,
  locale,
  timeZone,
  moderate,
  hrefFor,
}: {
  petitionId: number;
  latest: Latest;
  page: number;
  pageCount: number;
  locale: string;
  timeZone: string;
  moderate: boolean;
  hrefFor: (page: number) => string;
}) {
  const t = await getTranslations("organise.petition");
  const tm = await getTranslations("organise.moderation");
  const format = await getFormatter();
  const th = "p-2 text-left";
  const cell = "block p-1 md:table-cell md:p-2";
  const label = (text: string) => <span className="font-semibold md:hidden">{text}: </span>;
  return (
    <Section headingId="latest-heading" title={t("latest")} className="space-y-2">
      <table className="block w-full text-sm md:table md:bg-white" data-testid="latest-signatures" aria-labelledby="latest-heading">
        <thead className="sr-only md:not-sr-only md:table-header-group">
          <tr className="border-b border-stone-300">
            <th scope="col" className={th}>{t("signer")}</th>
            <th scope="col" className={th}>{t("status")}</th>
            <th scope="col" className={th}>{t("signedAt", { zone: timeZone })}</th>
            <th scope="col" className={th}>{t("comment")}</th>
            {moderate && <th scope="col" className={th}>{tm("actions")}</th>}
          </tr>
        </thead>
        <tbody className="block space-y-3 md:table-row-group md:space-y-0">
          {latest.items.map((s) => (
            <tr key={s.id} className="block rounded-lg border border-stone-200 bg-white p-2 align-top md:table-row md:rounded-none md:border-0 md:border-b md:p-0">
              <td className={`${cell} break-words`}>
                <span className="font-semibold">{s.name}</span>
                <span className="block break-all text-stone-700">{s.email}</span>
                <span className="block text-stone-600">
                  {countryName(s.country, locale)}
                  {s.city ? `, ${s.city}` : ""}
                </span>
                {moderate && s.ipHash && (
                  <span className="block text-xs text-stone-500">
                    {tm("fingerprint")}: <span className="font-mono">{s.ipHash.slice(0, 10)}</span>
                  </span>
                )}
              </td>
              <td className={cell}>
                {label(t("status"))}
                {t(`signatureStatus.${s.status}`)}
              </td>
              <td className={`${cell} md:whitespace-nowrap`}>
                {label(t("signedAt", { zone: timeZone }))}
                <time dateTime={s.createdAt.toISOString()}>{format.dateTime(s.createdAt, { dateStyle: "short", timeStyle: "short", timeZone })}</time>
              </td>
              <td className={`${cell} max-w-xs break-words`}>
                {s.comment && label(t("comment"))}
                <CommentCell comment={s.comment} hidden={s.commentHidden} isPublic={s.commentPublic} />
              </td>
              {moderate && (
                <td className={`${cell} md:w-40`}>
                  <SignatureRowActions
                    petitionId={petitionId}
                    signatureId={s.id}
                    commentHidden={s.commentHidden}
                    hasComment={!!s.comment}
                    live={s.status === "pending" || s.status === "confirmed"}
                    flagged={s.status === "flagged"}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageCount={pageCount} label={t("latestPages")} hrefFor={hrefFor} />
    </Section>
  );
}
