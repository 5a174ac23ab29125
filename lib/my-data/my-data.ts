/**
 * "My data" for signers: ask for a link by email, open it, see every record held about the address,
 * download it, unsubscribe from everything, or erase it. The emailed link works once, for an hour; the
 * button on its page exchanges it for a session token (30 minutes) that authorises the rest. The one
 * who asks always gets the same answer, so nobody can learn through this page who signed.
 */
import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import {
  countSubscriptions,
  deleteExpiredDataAccessTokens,
  eraseSubject,
  findLiveDataAccessToken,
  findSuppression,
  holdsAnything,
  insertDataAccessToken,
  listMailboxMessagesTo,
  listOutboxRowsTo,
  listPlannedActionsWithContact,
  listReportsWithContact,
  listSignaturesOf,
  optOutOfEverything,
  signatureAddresses,
  takeDataAccessToken,
  type DataSubject,
  type ErasureCounts,
  type Page,
} from "@/db/queries/my-data";
import { enqueueEmail } from "@/db/queries/outbox";
import { kickDispatcher } from "@/lib/mail/dispatcher";
import { emailFingerprint, ipHash } from "@/lib/security/keyed-hash";
import { takeSlots } from "@/lib/security/limits";
import { createToken, hashToken, isWellFormedToken } from "@/lib/security/tokens";
import { absoluteUrl, paths } from "@/lib/urls";

const MINUTE = 60 * 1000;
export const MY_DATA_LINK_TTL_MS = 60 * MINUTE;
export const MY_DATA_SESSION_TTL_MS = 30 * MINUTE;
/** Requests per address and per client address in a sliding hour. */
export const MY_DATA_LIMITS = { perAddress: 3, perIp: 10, windowMs: 60 * MINUTE } as const;
/** httpOnly, SameSite=Strict, scoped to /<locale>/my-data: holds the session token. */
export const MY_DATA_COOKIE = "picket_my_data";

export type { DataSubject, ErasureCounts };
export type LinkRequestOutcome = "sent" | "nothing" | "limited";

/** The fingerprint plus every spelling of the address under which raw-address records may be kept. */
function subjectOf(db: DbOrTx, email: string, fingerprint: string): DataSubject {
  const addresses = new Set([email.trim().toLowerCase(), ...signatureAddresses(db, fingerprint)]);
  return { emailFingerprint: fingerprint, addresses: [...addresses] };
}

/**
 * Counts the request against both limits, then, only if something is held about the address, stores a
 * hashed link token and queues the email, all in one transaction. "sent" and "nothing" must look the
 * same to the person asking; "limited" may be told, since it is counted whether or not records exist.
 */
export function requestDataLink(input: { email: string; locale: string; clientIp?: string | null; origin?: string; now?: Date }): LinkRequestOutcome {
  const now = input.now ?? new Date();
  const email = input.email.trim();
  const fingerprint = emailFingerprint(email);
  const ip = ipHash(input.clientIp);
  const limits: { key: string; max: number }[] = [{ key: `my-data:${fingerprint}`, max: MY_DATA_LIMITS.perAddress }];
  if (ip) limits.push({ key: `my-data-ip:${ip}`, max: MY_DATA_LIMITS.perIp });
  const { token, hash } = createToken();
  const outcome = getDb().transaction(
    (tx): LinkRequestOutcome => {
      if (!takeSlots(limits, MY_DATA_LIMITS.windowMs, now)) return "limited";
      deleteExpiredDataAccessTokens(tx, now);
      if (!holdsAnything(tx, subjectOf(tx, email, fingerprint))) return "nothing";
      insertDataAccessToken(tx, {
        tokenHash: hash,
        email,
        emailFingerprint: fingerprint,
        expiresAt: new Date(now.getTime() + MY_DATA_LINK_TTL_MS),
        createdAt: now,
      });
      enqueueEmail(
        {
          template: "my-data-link",
          recipient: email,
          locale: input.locale,
          payload: { locale: input.locale, linkUrl: absoluteUrl(paths.myDataLink(input.locale, token), input.origin), minutes: MY_DATA_LINK_TTL_MS / MINUTE },
        },
        now,
      );
      return "sent";
    },
    { behavior: "immediate" },
  );
  if (outcome === "sent") kickDispatcher();
  return outcome;
}

/** Whether the emailed link can still be opened. Changes nothing: mail scanners follow links. */
export function isDataLinkLive(token: string, now = new Date()): boolean {
  return isWellFormedToken(token) && !!findLiveDataAccessToken(getDb(), hashToken(token), now);
}

/** The button's POST: spends the link token and returns a fresh session token, or null if it was not live. */
export function openDataLink(token: string, now = new Date()): { sessionToken: string; expiresAt: Date } | null {
  if (!isWellFormedToken(token)) return null;
  return getDb().transaction(
    (tx) => {
      const link = takeDataAccessToken(tx, hashToken(token), now);
      if (!link) return null;
      const session = createToken();
      const expiresAt = new Date(now.getTime() + MY_DATA_SESSION_TTL_MS);
      insertDataAccessToken(tx, { tokenHash: session.hash, email: link.email, emailFingerprint: link.emailFingerprint, expiresAt, createdAt: now });
      return { sessionToken: session.token, expiresAt };
    },
    { behavior: "immediate" },
  );
}

/** Whose records a session token opens, or null if it is unknown or expired. */
export function dataSubjectFor(sessionToken: string | undefined, now = new Date()): (DataSubject & { email: string }) | null {
  if (!sessionToken || !isWellFormedToken(sessionToken)) return null;
  const db = getDb();
  const row = findLiveDataAccessToken(db, hashToken(sessionToken), now);
  return row ? { email: row.email, ...subjectOf(db, row.email, row.emailFingerprint) } : null;
}

export const MY_DATA_PAGE_SIZE = 20;

/** What the records page shows; the two lists that can grow are paginated. */
export function collectMyData(subject: DataSubject, pages: { signatures: number; emails: number }) {
  const db = getDb();
  const page = (n: number): Page => ({ limit: MY_DATA_PAGE_SIZE, offset: (n - 1) * MY_DATA_PAGE_SIZE });
  const signatures = listSignaturesOf(db, subject.emailFingerprint, page(pages.signatures));
  return {
    signatures,
    subscriptions: countSubscriptions(db, subject.emailFingerprint),
    reports: listReportsWithContact(db, subject.addresses),
    plannedActions: listPlannedActionsWithContact(db, subject.addresses),
    emails: listOutboxRowsTo(db, subject.addresses, page(pages.emails)),
    mailbox: listMailboxMessagesTo(db, subject.addresses),
    suppression: findSuppression(db, subject.emailFingerprint) ?? null,
  };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The same records, complete and machine-readable, for the JSON download. */
export function exportMyData(subject: DataSubject & { email: string }, now = new Date()) {
  const db = getDb();
  const suppression = findSuppression(db, subject.emailFingerprint);
  return {
    format: "picket-my-data/1",
    exportedAt: now.toISOString(),
    email: subject.email,
    signatures: listSignaturesOf(db, subject.emailFingerprint).items.map(({ createdAt, confirmedAt, consentVersion, locale, ...s }) => ({
      ...s,
      signedAt: iso(createdAt),
      confirmedAt: iso(confirmedAt),
      consent: { version: consentVersion, language: locale, givenAt: iso(createdAt) },
    })),
    reportBacks: listReportsWithContact(db, subject.addresses).map((r) => ({ ...r, createdAt: iso(r.createdAt), confirmedAt: iso(r.confirmedAt) })),
    announcedActions: listPlannedActionsWithContact(db, subject.addresses).map((a) => ({
      ...a,
      startsAt: iso(a.startsAt),
      createdAt: iso(a.createdAt),
      confirmedAt: iso(a.confirmedAt),
    })),
    emails: listOutboxRowsTo(db, subject.addresses).items.map((e) => ({ ...e, createdAt: iso(e.createdAt), sentAt: iso(e.sentAt) })),
    localMailbox: listMailboxMessagesTo(db, subject.addresses).map((m) => ({ ...m, createdAt: iso(m.createdAt) })),
    suppression: suppression ? { reason: suppression.reason, since: iso(suppression.createdAt) } : null,
  };
}

export type MyDataExport = ReturnType<typeof exportMyData>;

/** Every campaign-update subscription of the address off; returns how many there were. */
export function unsubscribeEverything(subject: DataSubject): number {
  return optOutOfEverything(getDb(), subject.emailFingerprint);
}

/** Erases everything in one transaction (see eraseSubject); the session ends with it. */
export function eraseMyData(subject: DataSubject, now = new Date()): ErasureCounts {
  return getDb().transaction((tx) => eraseSubject(tx, subject, now), { behavior: "immediate" });
}
