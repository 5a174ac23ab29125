/**
 * Typed errors with a code the UI translates (`errors.<code>`). The detail is for logs only.
 */
export type AppErrorCode =
  | "petition_not_open"
  | "malformed_input"
  | "not_found"
  | "internal"
  | "unauthenticated"
  | "forbidden"
  | "slug_taken"
  | "preview_changed"
  | "imageTooLarge"
  | "imageType"
  | "imageUnreadable"
  | "mission_exists"
  | "import_has_errors"
  | "import_nothing_valid"
  | "photoTooLarge"
  | "tooManyPhotos"
  | "campaign_not_live"
  | "invalidMission"
  | "submission_not_pending"
  | "action_not_past"
  | "unknown_recipient"
  | "verification_failed"
  | "more_work"
  | "rate_limited"
  | "campaign_not_awaiting"
  | "aliasChain";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    detail?: string,
    /** When the error belongs to one form field, it is shown next to that field. */
    readonly field?: string,
  ) {
    super(detail ?? code);
  }
}
