import { getFormatter, getTranslations } from "next-intl/server";
import { listAudit } from "@/db/queries/audit";
import { pageParam, Pagination } from "@/components/ui/pagination";
import { ScrollRegion } from "@/components/ui/scroll-region";

const PAGE_SIZE = 50;

/** The audit log, newest first, paginated: who, what, when, on which record. */
export async function AuditTable({ campaignId, page: pageValue, hrefFor }: { campaignId?: number; page: string | string[] | undefined; hrefFor: (page: number) => string }) {
  const t = await getTranslations("organise.audit");
  const format = await getFormatter();
  const page = pageParam(pageValue);
  const { items, total } = listAudit({ campaignId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("title")}>
          <table className="w-full bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("when")}</th>
                <th scope="col" className="p-2">{t("who")}</th>
                <th scope="col" className="p-2">{t("what")}</th>
                <th scope="col" className="p-2">{t("record")}</th>
                <th scope="col" className="p-2">{t("detail")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ entry, actorEmail }) => (
                <tr key={entry.id} className="border-b border-stone-200 align-top">
                  <td className="whitespace-nowrap p-2">{format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" })}</td>
                  <td className="p-2">{actorEmail ?? t("system")}</td>
                  <td className="p-2 font-mono text-xs">{entry.action}</td>
                  <td className="p-2">{entry.entityType} {entry.entityId ?? ""}</td>
                  <td className="p-2 font-mono text-xs break-all">{entry.detail ? JSON.stringify(entry.detail) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} label={t("pages")} hrefFor={hrefFor} />
    </>
  );
}
