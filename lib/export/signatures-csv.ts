/** The signatures export: its columns, and a petition's signatures streamed as CSV in signing order. */
import { iterateSignaturesForExport } from "@/db/queries/signature-export";
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

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
const DAY_MS = 86_400_000;
let cachedDay = NaN;
let cachedDayPrefix = "";

/**
 * `new Date(ms).toISOString()` (or "" for null) without a Date per call, as a big export makes two a row:
 * the date part is made once per day, the time of day by arithmetic.
 */
function iso(ms: number | null): string {
  if (ms == null) return "";
  if (!Number.isSafeInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayPrefix = new Date(day * DAY_MS).toISOString().slice(0, -"00:00:00.000Z".length);
  }
  let t = ms - day * DAY_MS;
  const hours = Math.floor(t / 3_600_000);
  t -= hours * 3_600_000;
  const minutes = Math.floor(t / 60_000);
  t -= minutes * 60_000;
  const seconds = Math.floor(t / 1000);
  return `${cachedDayPrefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[t - seconds * 1000]}Z`;
}

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
