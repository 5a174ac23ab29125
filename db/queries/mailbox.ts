/** The local mailbox transport's store. */
import "server-only";
import { desc, eq, lt } from "drizzle-orm";
import { countRows } from "./count";
import { getDb } from "../client";
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
export function storeMailboxMessage(message: MailboxInsert): number {
  const db = getDb();
  db.insert(mailboxMessages).values(message).onConflictDoNothing({ target: mailboxMessages.idempotencyKey }).run();
  const row = db
    .select({ id: mailboxMessages.id })
    .from(mailboxMessages)
    .where(eq(mailboxMessages.idempotencyKey, message.idempotencyKey))
    .get();
  return row!.id;
}

export function listMailboxMessages(opts: { to?: string; limit: number; offset?: number }) {
  const db = getDb();
  const where = opts.to ? eq(mailboxMessages.recipient, opts.to.trim().toLowerCase()) : undefined;
  const total = countRows(db, mailboxMessages, where);
  const items = db
    .select()
    .from(mailboxMessages)
    .where(where)
    .orderBy(desc(mailboxMessages.createdAt), desc(mailboxMessages.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0)
    .all();
  return { items, total };
}

/** The local mailbox keeps messages as long as the outbox keeps their rows. */
export function deleteMailboxMessagesBefore(before: Date): number {
  return getDb().delete(mailboxMessages).where(lt(mailboxMessages.createdAt, before)).run().changes;
}
