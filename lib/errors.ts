/**
 * Typed errors with a code the UI translates (`errors.<code>`). The detail is for logs only.
 */
export type AppErrorCode = "petition_not_open" | "malformed_input" | "not_found" | "internal";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}
