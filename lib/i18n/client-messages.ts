/**
 * The slices of the message catalogue that client components need. Only these travel to the browser
 * with every page; the rest stays on the server (the whole catalogue would add ~30 KB to each page).
 */
import "server-only";
import { getMessages } from "next-intl/server";
import { mergeMessages, type Messages } from "./catalogues";

export const PUBLIC_CLIENT_NAMESPACES = ["layout", "errors", "errorPage", "share", "petition.form", "abuse.widget", "pages.errorSummary"] as const;
/** The report-back and planned-action forms: only their pages (and the workspace) carry these strings. */
export const SUBMISSION_FORM_NAMESPACES = ["report.form", "report.kinds", "plannedAction.form"] as const;
export const SUBMISSION_CLIENT_NAMESPACES = [...PUBLIC_CLIENT_NAMESPACES, ...SUBMISSION_FORM_NAMESPACES] as const;
export const ORGANISER_CLIENT_NAMESPACES = [
  ...PUBLIC_CLIENT_NAMESPACES,
  "organise.form",
  "organise.members",
  "organise.moderation",
  "release.form",
  "directory.import",
  ...SUBMISSION_FORM_NAMESPACES,
  "organise.letters.mergeFields",
  "organise.letters.preview",
] as const;
/** The letter-writing pages add their form's strings (layout: app/[locale]/letters/layout.tsx). */
export const LETTERS_CLIENT_NAMESPACES = [...PUBLIC_CLIENT_NAMESPACES, "letters.write"] as const;

function pick(messages: Messages, path: string): Messages {
  const [head, ...rest] = path.split(".");
  const value = messages[head];
  if (rest.length === 0 || value === undefined) return value === undefined ? {} : { [head]: value };
  return { [head]: pick(value as Messages, rest.join(".")) };
}

export async function clientMessages(namespaces: readonly string[]): Promise<Messages> {
  const all = (await getMessages()) as Messages;
  return namespaces.reduce((acc, ns) => mergeMessages(acc, pick(all, ns)), {} as Messages);
}
