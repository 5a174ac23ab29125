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
  return csvStream(HEADER, iterateSignaturesForExport(petitionId), (r) => [
    r.id,
    r.status,
    r.name,
    r.email,
    r.country,
    r.city,
    r.organisation,
    r.comment,
    r.comment_hidden ? "yes" : "no",
    r.name_display,
    r.opt_in_updates ? "yes" : "no",
    r.consent_version,
    r.locale,
    r.source,
    iso(r.created_at),
    iso(r.confirmed_at),
  ]);
}
