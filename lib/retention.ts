/**
 * Scheduled deletion of personal data Picket no longer needs. Runs in the server process;
 * each pass is idempotent, so running it late or twice is harmless.
 */
import "server-only";
import { deleteEventsBefore, deleteExpiredChallenges } from "@/db/queries/abuse";
import { deleteMailboxMessagesBefore } from "@/db/queries/mailbox";
import { deleteSettledEmails } from "@/db/queries/outbox";
import { purgePlannedActions } from "@/db/queries/planned-actions";
import { purgeReports } from "@/db/queries/reports";
import { anonymiseSignaturesOfClosedPetitions, deleteExpiredPendingSignatures, deleteFlaggedSignaturesOfPetitionsClosedBefore } from "@/db/queries/signature-retention";
import { deleteWebhookEventsBefore } from "@/db/queries/suppressions";
import { config } from "@/lib/config";
import { LONGEST_WINDOW_MS } from "@/lib/security/limits";
import { deleteUploads } from "@/lib/uploads/images";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Report-backs and planned actions: the private contact email (and rejected items) go this long after review. */
export const REVIEWED_SUBMISSION_DAYS = 90;
/**
 * Flagged signatures (over a limit, or the honeypot) are deleted this long after their petition
 * closes: until then organisers may release them (issue #11).
 */
export const FLAGGED_DAYS_AFTER_CLOSE = 30;

export interface RetentionReport {
  unconfirmedDeleted: number;
  signaturesAnonymised: number;
  emailsDeleted: number;
  submissionsDeleted: number;
  contactEmailsErased: number;
}

export function runRetention(now = new Date()): RetentionReport {
  const { anonymiseAfterDays, outboxDays } = config().retention;
  // A pending signature's link lives 7 days from its last signing; after that it can never count.
  const unconfirmedDeleted = deleteExpiredPendingSignatures(now);
  // Flagged signatures count only if an organiser releases them, which is possible until 30 days after closing.
  const flaggedDeleted = deleteFlaggedSignaturesOfPetitionsClosedBefore(new Date(now.getTime() - FLAGGED_DAYS_AFTER_CLOSE * DAY));
  // Rate-limit events matter only inside their window; spent challenges only until they expire.
  deleteEventsBefore(new Date(now.getTime() - LONGEST_WINDOW_MS));
  deleteExpiredChallenges(now);
  const closed = anonymiseSignaturesOfClosedPetitions(new Date(now.getTime() - anonymiseAfterDays * DAY), now);
  const emailCutoff = new Date(now.getTime() - outboxDays * DAY);
  const emailsDeleted = deleteSettledEmails(emailCutoff) + deleteMailboxMessagesBefore(emailCutoff);
  // Event ids are kept only as long as the provider might retry a delivery.
  deleteWebhookEventsBefore(emailCutoff);
  const moderatedBefore = new Date(now.getTime() - REVIEWED_SUBMISSION_DAYS * DAY);
  const reports = purgeReports({ now, moderatedBefore });
  const planned = purgePlannedActions({ now, moderatedBefore });
  // The rows are gone; a file left by a crash here is unreachable (its path is served only with its row).
  void deleteUploads(reports.photoPaths).catch((err) => console.error("[retention] photo files:", err));
  return {
    unconfirmedDeleted: unconfirmedDeleted + flaggedDeleted + closed.deleted,
    signaturesAnonymised: closed.anonymised,
    emailsDeleted,
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
      if (Object.values(result).some((n) => n > 0)) console.log("[retention]", JSON.stringify(result));
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
