/** The signatures export: its columns, and a petition's signatures streamed as CSV in signing order. */
import { iterateSignaturesForExport } from "@/db/queries/signatures";
import { csvStream } from "./csv";

const HEADER = [
  "id",
  "status",
  "name",
  "email",
  "country",
  "city",
  "organisation",
  "comment",
  "comment_hidden",
  "name_display",
  "opt_in_updates",
  "consent_version",
  "consent_locale",
  "source",
  "signed_at",
  "confirmed_at",
];

const iso = (ms: number | null) => (ms == null ? "" : new Date(ms).toISOString());

export function signaturesCsv(petitionId: number): ReadableStream<Uint8Array> {
  return csvStream(
    HEADER,
    iterateSignaturesForExport(petitionId),
    ([id, status, name, email, country, city, organisation, comment, commentHidden, nameDisplay, optInUpdates, consentVersion, locale, source, createdAt, confirmedAt]) => [
      id,
      status,
      name,
      email,
      country,
      city,
      organisation,
      comment,
      commentHidden ? "yes" : "no",
      nameDisplay,
      optInUpdates ? "yes" : "no",
      consentVersion,
      locale,
      source,
      iso(createdAt),
      iso(confirmedAt),
    ],
  );
}
