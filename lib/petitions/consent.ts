/**
 * The consent statement shown on the sign form. Its version is stored with every signature;
 * change the version whenever the statement's meaning changes (messages: petition.form.consent).
 */
export const CONSENT_VERSION = "2026-11-23";
