/**
 * Scheduled deletion of personal data Picket no longer needs. Runs in the server process;
 * each pass is idempotent, so running it late or twice is harmless.
 */
import "server-only";
import { purgePlannedActions } from "@/db/queries/planned-actions";
import { purgeReports } from "@/db/queries/reports";
import { deleteExpiredPendingSignatures } from "@/db/queries/signatures";
import { deleteUploads } from "@/lib/uploads/images";

const HOUR = 60 * 60 * 1000;
/** Report-backs and planned actions: the private contact email (and rejected items) go this long after review. */
export const REVIEWED_SUBMISSION_DAYS = 90;

export function runRetention(now = new Date()): { unconfirmedDeleted: number; submissionsDeleted: number; contactEmailsErased: number } {
  const moderatedBefore = new Date(now.getTime() - REVIEWED_SUBMISSION_DAYS * 24 * HOUR);
  const reports = purgeReports({ now, moderatedBefore });
  const planned = purgePlannedActions({ now, moderatedBefore });
  // The rows are gone; a file left by a crash here is unreachable (its path is served only with its row).
  void deleteUploads(reports.photoPaths).catch((err) => console.error("[retention] photo files:", err));
  return {
    // A pending signature's link lives 7 days from its last signing; after that it can never count.
    unconfirmedDeleted: deleteExpiredPendingSignatures(now),
    submissionsDeleted: reports.deleted + planned.deleted,
    contactEmailsErased: reports.emailsErased + planned.emailsErased,
  };
}

const state = globalThis as unknown as { picketRetentionTimer?: NodeJS.Timeout };

export function startRetention(): void {
  if (state.picketRetentionTimer) return;
  const tick = () => {
    try {
      const result = runRetention();
      if (result.unconfirmedDeleted > 0) console.log(`[retention] deleted ${result.unconfirmedDeleted} unconfirmed signatures`);
      if (result.submissionsDeleted > 0) console.log(`[retention] deleted ${result.submissionsDeleted} unconfirmed or rejected report-backs and planned actions`);
    } catch (err) {
      console.error("[retention] pass failed:", err);
    }
  };
  state.picketRetentionTimer = setInterval(tick, HOUR);
  state.picketRetentionTimer.unref();
  tick();
}
