import { getFormatter, getTranslations } from "next-intl/server";
import { listAudit } from "@/db/queries/audit";
import { pageCountOf, pageParam, Pagination } from "@/components/ui/pagination";
import { currentOrganiser } from "@/lib/auth/session";
import { auditSentenceKey } from "@/lib/organise/audit-actions";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TableHead } from "@/components/ui/table-head";

const PAGE_SIZE = 50;
const RULE_PARTS = ["emailDomain", "ipFingerprint", "from", "to", "country"] as const;

type Entry = ReturnType<typeof listAudit>["items"][number]["entry"];
type Translate = Awaited<ReturnType<typeof getTranslations<"organise.audit">>>;

const text = (v: unknown) => (v == null ? "" : String(v));
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

/** The values an entry's sentence is filled with; every sentence gets every value, so a message uses what it needs. */
function sentenceValues(entry: Entry, actor: string, t: Translate) {
  const d = entry.detail ?? {};
  const rule = d.rule && typeof d.rule === "object" ? (d.rule as Record<string, unknown>) : {};
  const ruleText = RULE_PARTS.filter((k) => rule[k] != null).map((k) => t(`rule.${k}`, { value: text(rule[k]) }));
  const role = text(d.role);
  return {
    actor,
    code: entry.action,
    record: entry.entityId ? `#${entry.entityId}` : "",
    single: entry.entityType === "signature" ? "yes" : "no",
    email: text(d.email),
    name: text(d.name),
    country: text(d.hostCountry),
    title: text(d.title),
    reason: text(d.reason),
    status: text(d.status),
    language: text(d.language),
    role: ["owner", "editor", "moderator"].includes(role) ? t(`role.${role as "owner"}`) : role,
    changed: Array.isArray(d.changed) && d.changed.length ? d.changed.join(", ") : "none",
    rule: ruleText.length ? ruleText.join(", ") : t("rule.none"),
    affected: num(d.affected ?? d.restoredConfirmed),
    emailed: num(d.emailed),
    flagged: num(d.flagged),
    corrected: d.placeCorrected ? "yes" : "no",
    latitude: text(d.latitude),
    longitude: text(d.longitude),
    inserted: num(d.inserted),
    updated: num(d.updated),
    skipped: num(d.skipped),
  };
}

/** The audit log, newest first, paginated: when, and what happened in a sentence of the viewer's language. */
export async function AuditTable({ campaignId, page: pageValue, hrefFor }: { campaignId?: number; page: string | string[] | undefined; hrefFor: (page: number) => string }) {
  const t = await getTranslations("organise.audit");
  const format = await getFormatter();
  const page = pageParam(pageValue);
  const timeZone = (await currentOrganiser())?.timeZone ?? "UTC";
  const { items, total } = listAudit({ campaignId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return (
    <>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("title")}>
          <table className="w-full bg-white text-left text-sm">
            <TableHead columns={[t("when", { zone: timeZone }), t("what")]} />
            <tbody>
              {items.map(({ entry, actorEmail, actorName }) => (
                <tr key={entry.id} className="border-b border-stone-200 align-top">
                  <td className="whitespace-nowrap p-2">
                    <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "medium", timeZone })}</time>
                  </td>
                  <td className="p-2">{t(`sentence.${auditSentenceKey(entry.action)}` as "sentence.unknown", sentenceValues(entry, actorName || actorEmail || t("system"), t))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination page={page} pageCount={pageCountOf(total, PAGE_SIZE)} label={t("pages")} hrefFor={hrefFor} />
    </>
  );
}
