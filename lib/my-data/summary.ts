/**
 * One summary of a person's records, in the same four kinds on the records page (what is listed,
 * what "erase everything" will remove) and on the erased page (what went), so the two always agree:
 * signatures, emails to the address on record (the outbox), copies in the local mailbox, and
 * report-backs or announced actions that carry the address as their contact.
 */
import type { ErasureCounts } from "@/db/queries/my-data";

export const SUMMARY_KINDS = ["signatures", "emails", "mailbox", "submissions"] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];
export type MyDataSummary = Record<SummaryKind, number>;

/** What the records page lists (its totals, not one page of them). */
export function summaryOfRecords(data: {
  signatures: { total: number };
  emails: { total: number };
  mailbox: unknown[];
  reports: unknown[];
  plannedActions: unknown[];
}): MyDataSummary {
  return {
    signatures: data.signatures.total,
    emails: data.emails.total,
    mailbox: data.mailbox.length,
    submissions: data.reports.length + data.plannedActions.length,
  };
}

/** What an erasure removed, in the same kinds. */
export function summaryOfErasure(erased: ErasureCounts): MyDataSummary {
  return {
    signatures: erased.signatures,
    emails: erased.emails,
    mailbox: erased.mailboxMessages,
    submissions: erased.reports + erased.plannedActions,
  };
}

export function summaryToQuery(summary: MyDataSummary): URLSearchParams {
  return new URLSearchParams(SUMMARY_KINDS.map((k) => [k, String(summary[k])]));
}

export function summaryFromQuery(query: Record<string, string | string[] | undefined>): MyDataSummary {
  const countOf = (v: string | string[] | undefined) => {
    const n = Number(Array.isArray(v) ? v[0] : v);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  };
  return Object.fromEntries(SUMMARY_KINDS.map((k) => [k, countOf(query[k])])) as MyDataSummary;
}
