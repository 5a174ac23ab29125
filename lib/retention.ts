/**
 * Scheduled deletion of personal data Picket no longer needs. Runs in the server process;
 * each pass is idempotent, so running it late or twice is harmless.
 */
import "server-only";
import { deleteExpiredPendingSignatures } from "@/db/queries/signatures";

const HOUR = 60 * 60 * 1000;

export function runRetention(now = new Date()): { unconfirmedDeleted: number } {
  // A pending signature's link lives 7 days from its last signing; after that it can never count.
  return { unconfirmedDeleted: deleteExpiredPendingSignatures(now) };
}

const state = globalThis as unknown as { picketRetentionTimer?: NodeJS.Timeout };

export function startRetention(): void {
  if (state.picketRetentionTimer) return;
  const tick = () => {
    try {
      const result = runRetention();
      if (result.unconfirmedDeleted > 0) console.log(`[retention] deleted ${result.unconfirmedDeleted} unconfirmed signatures`);
    } catch (err) {
      console.error("[retention] pass failed:", err);
    }
  };
  state.picketRetentionTimer = setInterval(tick, HOUR);
  state.picketRetentionTimer.unref();
  tick();
}

export function stopRetention(): void {
  clearInterval(state.picketRetentionTimer);
  state.picketRetentionTimer = undefined;
}
