/**
 * The consent statement shown on the sign form. Its version is stored with every signature;
 * change the version whenever the statement's meaning changes (messages: petition.form.consent).
 */
export const CONSENT_VERSION = "2026-11-23";

/**
 * The privacy notice on the public report-back and "announce an action" forms (messages:
 * report.form.privacy, plannedAction.form.privacy); stored with each submission like the above.
 */
export const SUBMISSION_NOTICE_VERSION = "2026-11-23";
