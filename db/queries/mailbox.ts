/** The local mailbox transport's store. */
import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import { pageOfRows } from "./count";
import { getDb } from "../client";
import { prepared } from "../prepared";
import { mailboxMessages } from "../schema";

export interface MailboxInsert {
  recipient: string;
  sender: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string> | null;
  idempotencyKey: string;
  createdAt: Date;
}

/** Stores a message once per idempotency key; returns the stored id. */
// Prepared once (db/prepared.ts): the bench and a busy development server store thousands of messages.
const insertMessage = prepared((db) =>
  db
    .insert(mailboxMessages)
    .values(
      Object.fromEntries(
        ["recipient", "sender", "subject", "text", "html", "headers", "idempotencyKey", "createdAt"].map((k) => [k, sql.placeholder(k)]),
      ) as unknown as MailboxInsert,
    )
    .onConflictDoNothing({ target: mailboxMessages.idempotencyKey })
    .prepare(),
);
const messageByKey = prepared((db) =>
  db
    .select({ id: mailboxMessages.id })
    .from(mailboxMessages)
    .where(eq(mailboxMessages.idempotencyKey, sql.placeholder("key")))
    .prepare(),
);

export function storeMailboxMessage(message: MailboxInsert): number {
  insertMessage().run({ ...message, headers: message.headers ?? null });
  return messageByKey().get({ key: message.idempotencyKey })!.id;
}

export function listMailboxMessages(opts: { to?: string; limit: number; offset?: number }) {
  const db = getDb();
  const where = opts.to ? eq(mailboxMessages.recipient, opts.to.trim().toLowerCase()) : undefined;
  return pageOfRows(db, mailboxMessages, where, mailboxMessages.createdAt, { limit: opts.limit, offset: opts.offset ?? 0 });
}

/** The local mailbox keeps messages as long as the outbox keeps their rows. */
export function deleteMailboxMessagesBefore(before: Date): number {
  return getDb().delete(mailboxMessages).where(lt(mailboxMessages.createdAt, before)).run().changes;
}
