/**
 * "My data": every record Picket holds about one email address, found by the keyed fingerprint
 * (signatures) or by the raw addresses (outbox, mailbox, report-backs, announced actions), the
 * short-lived access tokens that open them, and the one transaction that erases them.
 */
import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { signerFields } from "./selections";
import { countRows } from "./count";
import { incrementSignatureCount } from "./petitions";
import type { DbOrTx } from "../client";
import {
  actionReports,
  campaigns,
  dataAccessTokens,
  fingerprintRenames,
  emailSuppressions,
  mailboxMessages,
  outbox,
  petitions,
  plannedActions,
  signatures,
} from "../schema";

/** Who the records belong to: the fingerprint, and every raw spelling of the address seen (lower-cased). */
export interface DataSubject {
  emailFingerprint: string;
  addresses: string[];
}

export interface Page {
  limit: number;
  offset: number;
}

/* ---- Access tokens ---- */

export function insertDataAccessToken(
  db: DbOrTx,
  values: { tokenHash: string; email: string; emailFingerprint: string; expiresAt: Date; createdAt: Date },
): void {
  db.insert(dataAccessTokens).values(values).run();
}

/** The token's row if it has not expired. */
export function findLiveDataAccessToken(db: DbOrTx, tokenHash: string, now: Date) {
  return db
    .select({ email: dataAccessTokens.email, emailFingerprint: dataAccessTokens.emailFingerprint, expiresAt: dataAccessTokens.expiresAt })
    .from(dataAccessTokens)
    .where(and(eq(dataAccessTokens.tokenHash, tokenHash), gt(dataAccessTokens.expiresAt, now)))
    .get();
}

/** Spends a token: returns its row if it was live (and deletes it either way). */
export function takeDataAccessToken(db: DbOrTx, tokenHash: string, now: Date) {
  const row = findLiveDataAccessToken(db, tokenHash, now);
  db.delete(dataAccessTokens).where(eq(dataAccessTokens.tokenHash, tokenHash)).run();
  return row;
}

export function deleteExpiredDataAccessTokens(db: DbOrTx, now: Date): number {
  return db.delete(dataAccessTokens).where(lte(dataAccessTokens.expiresAt, now)).run().changes;
}

/* ---- Finding the records ---- */

const lowerIn = (column: SQLiteColumn, addresses: string[]): SQL =>
  addresses.length ? inArray(sql`lower(${column})`, addresses) : sql`0 = 1`;

/** The raw addresses the signatures with this fingerprint were made with, lower-cased. */
export function signatureAddresses(db: DbOrTx, emailFingerprint: string): string[] {
  return db
    .selectDistinct({ email: sql<string>`lower(${signatures.email})` })
    .from(signatures)
    .where(eq(signatures.emailFingerprint, emailFingerprint))
    .all()
    .map((r) => r.email);
}

/** Whether anything at all is held for this subject. */
export function holdsAnything(db: DbOrTx, subject: DataSubject): boolean {
  const { emailFingerprint, addresses } = subject;
  return (
    countRows(db, signatures, eq(signatures.emailFingerprint, emailFingerprint)) > 0 ||
    countRows(db, outbox, lowerIn(outbox.recipient, addresses)) > 0 ||
    countRows(db, mailboxMessages, lowerIn(mailboxMessages.recipient, addresses)) > 0 ||
    countRows(db, actionReports, lowerIn(actionReports.contactEmail, addresses)) > 0 ||
    countRows(db, plannedActions, lowerIn(plannedActions.contactEmail, addresses)) > 0
  );
}

export function listSignaturesOf(db: DbOrTx, emailFingerprint: string, page?: Page) {
  const where = eq(signatures.emailFingerprint, emailFingerprint);
  const q = db
    .select({
      id: signatures.id,
      petitionTitle: petitions.title,
      petitionSlug: petitions.slug,
      status: signatures.status,
      ...signerFields,
      nameDisplay: signatures.nameDisplay,
      optInUpdates: signatures.optInUpdates,
      consentVersion: signatures.consentVersion,
      locale: signatures.locale,
      source: signatures.source,
      createdAt: signatures.createdAt,
      confirmedAt: signatures.confirmedAt,
    })
    .from(signatures)
    .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
    .where(where)
    .orderBy(desc(signatures.createdAt), desc(signatures.id));
  const items = page ? q.limit(page.limit).offset(page.offset).all() : q.all();
  return { items, total: page ? countRows(db, signatures, where) : items.length };
}

export function listOutboxRowsTo(db: DbOrTx, addresses: string[], page?: Page) {
  const where = lowerIn(outbox.recipient, addresses);
  // Never the payload: it may still hold a one-time link.
  const q = db
    .select({ id: outbox.id, template: outbox.template, recipient: outbox.recipient, locale: outbox.locale, status: outbox.status, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id));
  const items = page ? q.limit(page.limit).offset(page.offset).all() : q.all();
  return { items, total: page ? countRows(db, outbox, where) : items.length };
}

export function listMailboxMessagesTo(db: DbOrTx, addresses: string[]) {
  return db
    .select({ id: mailboxMessages.id, subject: mailboxMessages.subject, createdAt: mailboxMessages.createdAt })
    .from(mailboxMessages)
    .where(lowerIn(mailboxMessages.recipient, addresses))
    .orderBy(desc(mailboxMessages.createdAt), desc(mailboxMessages.id))
    .all();
}

export function listReportsWithContact(db: DbOrTx, addresses: string[]) {
  return db
    .select({
      id: actionReports.id,
      campaignTitle: campaigns.title,
      kind: actionReports.kind,
      actionDate: actionReports.actionDate,
      city: actionReports.city,
      country: actionReports.country,
      organisation: actionReports.organisation,
      account: actionReports.account,
      replyText: actionReports.replyText,
      contactEmail: actionReports.contactEmail,
      locale: actionReports.locale,
      consentVersion: actionReports.consentVersion,
      status: actionReports.status,
      createdAt: actionReports.createdAt,
      confirmedAt: actionReports.confirmedAt,
    })
    .from(actionReports)
    .innerJoin(campaigns, eq(campaigns.id, actionReports.campaignId))
    .where(lowerIn(actionReports.contactEmail, addresses))
    .orderBy(desc(actionReports.createdAt), desc(actionReports.id))
    .all();
}

export function listPlannedActionsWithContact(db: DbOrTx, addresses: string[]) {
  return db
    .select({
      id: plannedActions.id,
      campaignTitle: campaigns.title,
      title: plannedActions.title,
      description: plannedActions.description,
      startsAt: plannedActions.startsAt,
      timeZone: plannedActions.timeZone,
      place: plannedActions.place,
      city: plannedActions.city,
      country: plannedActions.country,
      contact: plannedActions.contact,
      organisation: plannedActions.organisation,
      contactEmail: plannedActions.contactEmail,
      locale: plannedActions.locale,
      consentVersion: plannedActions.consentVersion,
      status: plannedActions.status,
      createdAt: plannedActions.createdAt,
      confirmedAt: plannedActions.confirmedAt,
    })
    .from(plannedActions)
    .innerJoin(campaigns, eq(campaigns.id, plannedActions.campaignId))
    .where(lowerIn(plannedActions.contactEmail, addresses))
    .orderBy(desc(plannedActions.createdAt), desc(plannedActions.id))
    .all();
}

export function findSuppression(db: DbOrTx, emailFingerprint: string) {
  return db
    .select({ reason: emailSuppressions.reason, createdAt: emailSuppressions.createdAt })
    .from(emailSuppressions)
    .where(eq(emailSuppressions.emailFingerprint, emailFingerprint))
    .get();
}

/* ---- Acting on them ---- */

/** Signatures of this fingerprint with campaign updates asked for. */
export function countSubscriptions(db: DbOrTx, emailFingerprint: string): number {
  return countRows(db, signatures, and(eq(signatures.emailFingerprint, emailFingerprint), eq(signatures.optInUpdates, true)));
}

/** Turns every update subscription of this fingerprint off; returns how many were on. */
export function optOutOfEverything(db: DbOrTx, emailFingerprint: string): number {
  return db
    .update(signatures)
    .set({ optInUpdates: false })
    .where(and(eq(signatures.emailFingerprint, emailFingerprint), eq(signatures.optInUpdates, true)))
    .run().changes;
}

export interface ErasureCounts {
  signatures: number;
  countedSignatures: number;
  emails: number;
  mailboxMessages: number;
  reports: number;
  plannedActions: number;
}

/**
 * Erases the subject's records in one transaction: signatures go (each petition's counter loses its
 * confirmed ones, so it stays equal to the confirmed rows), emails to the addresses go, report-backs
 * and announced actions lose their private contact email (the public record stays; unconfirmed ones
 * can no longer be confirmed and are deleted by retention), and every access token goes.
 * The suppression entry stays: it is a keyed fingerprint that stops further mail.
 */
export function eraseSubject(db: DbOrTx, subject: DataSubject, now: Date): ErasureCounts {
  const { emailFingerprint, addresses } = subject;
  const mine = eq(signatures.emailFingerprint, emailFingerprint);
  const counted = db
    .select({ petitionId: signatures.petitionId, n: count() })
    .from(signatures)
    .where(and(mine, eq(signatures.status, "confirmed")))
    .groupBy(signatures.petitionId)
    .orderBy(asc(signatures.petitionId))
    .all();
  for (const { petitionId, n } of counted) incrementSignatureCount(db, petitionId, -n);
  const erasedSignatures = db.delete(signatures).where(mine).run().changes;
  const emails = db.delete(outbox).where(lowerIn(outbox.recipient, addresses)).run().changes;
  const mailbox = db.delete(mailboxMessages).where(lowerIn(mailboxMessages.recipient, addresses)).run().changes;
  const reports = eraseContactEmail(db, actionReports, addresses, now);
  const planned = eraseContactEmail(db, plannedActions, addresses, now);
  db.delete(dataAccessTokens)
    .where(or(eq(dataAccessTokens.emailFingerprint, emailFingerprint), lowerIn(dataAccessTokens.email, addresses)))
    .run();
  // Older fingerprints of the person (signatures:refingerprint) have nothing left to lead to.
  db.delete(fingerprintRenames).where(eq(fingerprintRenames.newFingerprint, emailFingerprint)).run();
  return {
    signatures: erasedSignatures,
    countedSignatures: counted.reduce((sum, r) => sum + r.n, 0),
    emails,
    mailboxMessages: mailbox,
    reports,
    plannedActions: planned,
  };
}

function eraseContactEmail(db: DbOrTx, table: typeof actionReports | typeof plannedActions, addresses: string[], now: Date): number {
  const withAddress = lowerIn(table.contactEmail, addresses);
  // An unconfirmed submission can never be confirmed without its email: its link dies now, and
  // retention deletes it (a report with its photos) on its next pass, as it does any expired one.
  db.update(table)
    .set({ tokenHash: null, tokenExpiresAt: now })
    .where(and(withAddress, eq(table.status, "unconfirmed")))
    .run();
  return db
    .update(table)
    .set({ contactEmail: null })
    .where(and(withAddress, isNotNull(table.contactEmail)))
    .run().changes;
}
