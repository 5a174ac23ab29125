/**
 * The outbox dispatcher: claims due rows, renders and sends them, and settles each one —
 * sent, retried later with exponential backoff, or given up after too many attempts.
 * The outbox id is the idempotency key, so a retry after a lost answer never sends twice
 * through a provider that honours it. Providers with a batch endpoint get up to 100 rows per call,
 * spaced by their rate limit.
 */
import "server-only";
import { createHash } from "node:crypto";
import { immediateTransaction } from "@/db/client";
import { assignBatchKey, claimDueEmails, markEmailAttemptFailed, markEmailSent } from "@/db/queries/outbox";
import { isSuppressed } from "@/db/queries/suppressions";
import type { OutboxRow } from "@/db/schema";
import { config } from "@/lib/config";
import { emailFingerprint } from "@/lib/security/keyed-hash";
import { redactPayload, renderEmail } from "./templates";
import { getTransport, MailSendError, type MailTransport, type OutgoingEmail, type SendResult } from "./transport";

const BASE_BACKOFF_MS = 15_000;
const MAX_BACKOFF_MS = 60 * 60 * 1000;
const LEASE_MS = 5 * 60 * 1000;
const BATCH = 50;
const KICK_DELAY_MS = 20;

/** Wait before the next try after `failedAttempts` failures (1, 2, ...). */
export function backoffMs(failedAttempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, failedAttempts - 1));
}

export function outboxIdempotencyKey(id: number): string {
  return `picket-outbox-${id}`;
}

export interface DispatchReport {
  sent: number;
  retrying: number;
  failed: number;
}

/** Sends every email due at `now` (one pass over the due rows, in batches). */
export async function dispatchDueEmails(opts: { now?: Date; transport?: MailTransport } = {}): Promise<DispatchReport> {
  const now = opts.now ?? new Date();
  const transport = opts.transport ?? (await getTransport());
  const { from, maxAttempts } = config().mail;
  const report: DispatchReport = { sent: 0, retrying: 0, failed: 0 };

  const failed = (row: OutboxRow, err: unknown) => {
    const failedAttempts = row.attempts + 1;
    const transient = !(err instanceof MailSendError) || err.transient;
    const giveUp = !transient || failedAttempts >= maxAttempts;
    // A provider that says when to come back (429 retry-after) is believed; otherwise back off.
    const wait = err instanceof MailSendError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoffMs(failedAttempts);
    markEmailAttemptFailed(row.id, {
      error: err instanceof Error ? err.message : String(err),
      nextAttemptAt: new Date(now.getTime() + wait),
      give_up: giveUp,
    });
    if (giveUp) report.failed++;
    else report.retrying++;
    console.error(`[mail] outbox ${row.id} attempt ${failedAttempts} failed${giveUp ? " (giving up)" : ""}:`, err);
  };
  const sent = (row: OutboxRow, result: SendResult) => {
    markEmailSent(row.id, new Date(), result.providerMessageId, redactPayload(row.template, row.payload));
    report.sent++;
  };
  const prepare = async (row: OutboxRow): Promise<OutgoingEmail | null> => {
    // A row already offered in a batch goes again as it was: the provider may hold it under that key.
    if (!row.batchKey && isSuppressed(emailFingerprint(row.recipient))) {
      failed(row, new MailSendError("suppressed: the address bounced or complained before", false));
      return null;
    }
    try {
      return { from, to: row.recipient, ...(await renderEmail(row.template, row.payload)), idempotencyKey: outboxIdempotencyKey(row.id) };
    } catch (err) {
      failed(row, err);
      return null;
    }
  };
  const sendOne = async (row: OutboxRow) => {
    const email = await prepare(row);
    if (!email) return;
    try {
      await throttle(transport);
      sent(row, await transport.send(email));
    } catch (err) {
      failed(row, err);
    }
  };
  const sendBatch = async (rows: OutboxRow[], send: NonNullable<MailTransport["sendBatch"]>) => {
    const ready: { row: OutboxRow; email: OutgoingEmail }[] = [];
    for (const row of rows) {
      const email = await prepare(row);
      if (email) ready.push({ row, email });
    }
    if (ready.length === 0) return;
    let key = rows[0].batchKey;
    if (!key) {
      key = `picket-batch-${createHash("sha256").update(ready.map((r) => r.row.id).join(",")).digest("hex").slice(0, 32)}`;
      assignBatchKey(ready.map((r) => r.row.id), key);
    }
    try {
      await throttle(transport);
      const results = await send(ready.map((r) => r.email), key);
      // One commit for the whole batch rather than one per email.
      immediateTransaction(() => ready.forEach((r, i) => sent(r.row, results[i])));
    } catch (err) {
      for (const r of ready) failed(r.row, err);
    }
  };

  const batchSize = transport.sendBatch ? (transport.maxBatch ?? BATCH) : BATCH;
  for (;;) {
    // On shutdown the batch in hand is finished; the next one waits for the next start.
    if (dispatcherState().stopping) return report;
    const rows = claimDueEmails(now, batchSize, LEASE_MS);
    if (rows.length === 0) return report;
    if (!transport.sendBatch) {
      for (const row of rows) await sendOne(row);
      continue;
    }
    // Rows offered before go again in their own batch, under their own key; the rest form a new one.
    const groups = new Map<string | null, OutboxRow[]>();
    for (const row of rows) groups.set(row.batchKey, [...(groups.get(row.batchKey) ?? []), row]);
    for (const [key, group] of groups) {
      if (!key && group.length === 1) await sendOne(group[0]);
      else await sendBatch(group, transport.sendBatch.bind(transport));
    }
  }
}

// On globalThis, like the dispatcher's state: one limit per process, however many bundles load this module.
const callTimes = globalThis as unknown as { picketProviderCalls?: Map<string, number> };
// Requests leave a little apart from when they arrive; the margin keeps them inside the provider's limit.
const RATE_MARGIN = 1.1;

/** Keeps calls to a rate-limited provider at least `minIntervalMs` apart, so it never answers 429. */
async function throttle(transport: MailTransport): Promise<void> {
  if (!transport.minIntervalMs) return;
  const last = (callTimes.picketProviderCalls ??= new Map());
  const slot = Math.max(Date.now(), (last.get(transport.kind) ?? 0) + transport.minIntervalMs * RATE_MARGIN);
  last.set(transport.kind, slot);
  const wait = slot - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

// State lives on globalThis: Next may load this module in more than one bundle of the same process.
const state = globalThis as unknown as {
  picketDispatcher?: { running: boolean; again: boolean; stopping?: boolean; timer?: NodeJS.Timeout };
};

function dispatcherState() {
  state.picketDispatcher ??= { running: false, again: false };
  return state.picketDispatcher;
}

/**
 * Runs a dispatch pass soon; calls made while one runs fold into one more pass. Only in a process
 * that started the dispatcher (the server): scripts and tests that write outbox rows send nothing.
 */
export function kickDispatcher(): void {
  const s = dispatcherState();
  if (!s.timer) return;
  if (s.running) {
    s.again = true;
    return;
  }
  s.running = true;
  // A short delay lets a burst of signatures share one pass instead of one pass each.
  setTimeout(async () => {
    try {
      // Once stopDispatcher has run, no further pass starts.
      while (s.timer) {
        s.again = false;
        await dispatchDueEmails();
        if (!s.again) break;
      }
    } catch (err) {
      console.error("[mail] dispatcher pass failed:", err);
    } finally {
      s.running = false;
    }
  }, KICK_DELAY_MS);
}

export function startDispatcher(): void {
  const s = dispatcherState();
  if (s.timer) return;
  s.stopping = false;
  s.timer = setInterval(kickDispatcher, config().mail.dispatchIntervalMs);
  s.timer.unref();
  kickDispatcher();
}

/** Shutdown: no new passes; resolves once the batch being sent (if any) is finished. */
export async function stopDispatcher(): Promise<void> {
  const s = dispatcherState();
  clearInterval(s.timer);
  s.timer = undefined;
  s.again = false;
  s.stopping = true;
  while (s.running) await new Promise((resolve) => setTimeout(resolve, 20));
}
