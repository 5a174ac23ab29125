/**
 * The directory's CSV format, both ways: the columns, one entry as a CSV row for export, and reading
 * a file back into rows numbered as in the file (the header is row 1). Reading decides nothing about
 * the values: each row is checked with the entry form's schema by lib/directory/import.ts.
 */
import { parse } from "csv-parse/sync";
import type { Mission } from "@/db/schema";
import type { MissionFieldName } from "@/lib/validation/directory";

/** CSV column → entry field. The column names are a public format: never rename one. */
export const DIRECTORY_CSV_COLUMNS = {
  host_country: "hostCountry",
  kind: "kind",
  name: "name",
  head_title: "headTitle",
  head_name: "headName",
  address_lines: "addressLines",
  email: "email",
  phone: "phone",
  website: "website",
  source: "source",
  verified_on: "verifiedOn",
  notes: "notes",
} as const satisfies Record<string, MissionFieldName>;

export type DirectoryCsvColumn = keyof typeof DIRECTORY_CSV_COLUMNS;
export const DIRECTORY_CSV_HEADER = Object.keys(DIRECTORY_CSV_COLUMNS) as DirectoryCsvColumn[];

export const FIELD_COLUMN = Object.fromEntries(Object.entries(DIRECTORY_CSV_COLUMNS).map(([column, field]) => [field, column])) as Record<
  MissionFieldName,
  DirectoryCsvColumn
>;

export const IMPORT_MAX_BYTES = 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;
// Room for blank lines between rows; a file reaching it is too long whatever its blank lines.
const PARSE_CAP = IMPORT_MAX_ROWS * 2;

/**
 * lib/export/csv.ts puts an apostrophe before a cell starting with = + - @ (so a spreadsheet does
 * not run it as a formula); reading takes it off again. A value that itself starts with an
 * apostrophe gets one more on export, so every value comes back exactly as it was.
 */
function protectApostrophe(value: string | null | undefined): string | null | undefined {
  return value?.startsWith("'") ? `'${value}` : value;
}

function unprotect(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}

/** One entry as the cells of a CSV row, in DIRECTORY_CSV_HEADER order; address lines joined by newlines. */
export function missionCsvValues(m: Mission): (string | null | undefined)[] {
  const values: Record<DirectoryCsvColumn, string | null | undefined> = {
    host_country: m.hostCountry,
    kind: m.kind,
    name: m.name,
    head_title: m.headTitle,
    head_name: m.headName,
    address_lines: m.addressLines?.join("\n"),
    email: m.email,
    phone: m.phone,
    website: m.website,
    source: m.source,
    verified_on: m.verifiedOn,
    notes: m.notes,
  };
  return DIRECTORY_CSV_HEADER.map((c) => protectApostrophe(values[c]));
}

export type CsvFileProblem =
  | { code: "empty" }
  | { code: "fileTooLarge"; max: number }
  | { code: "notUtf8" }
  | { code: "unreadable"; line: number }
  | { code: "tooManyRows"; max: number }
  | { code: "noRows" }
  | { code: "missingColumns"; columns: string }
  | { code: "unknownColumns"; columns: string }
  | { code: "duplicateColumns"; columns: string };

export interface CsvRow {
  /** As in the file, counting the header as row 1 (a spreadsheet's row number). */
  row: number;
  /** The row's cells by entry field, or null when the row has the wrong number of cells. */
  fields: Partial<Record<MissionFieldName, string>> | null;
  cellCount: number;
}

export type ReadResult = { ok: true; rows: CsvRow[] } | { ok: false; problems: CsvFileProblem[] };

/** Bytes of an uploaded file as text: UTF-8 only (with or without a byte-order mark). */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: CsvFileProblem } {
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, problem: { code: "fileTooLarge", max: IMPORT_MAX_BYTES } };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: { code: "notUtf8" } };
  }
}

/** Spreadsheets in many European locales save with semicolons: the header line tells which. */
function delimiterOf(text: string): "," | ";" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

export function readDirectoryCsv(input: string): ReadResult {
  const text = input.replace(/^\uFEFF/, "");
  if (new TextEncoder().encode(text).byteLength > IMPORT_MAX_BYTES) return { ok: false, problems: [{ code: "fileTooLarge", max: IMPORT_MAX_BYTES }] };
  if (!text.trim()) return { ok: false, problems: [{ code: "empty" }] };

  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      info: true,
      // Stop early on a hostile file instead of parsing hundreds of thousands of rows first.
      to: PARSE_CAP,
    }) as unknown as typeof records;
  } catch (err) {
    return { ok: false, problems: [{ code: "unreadable", line: Number((err as { lines?: number }).lines) || 1 }] };
  }

  const header = (records[0]?.record ?? []).map((h) => h.trim().toLowerCase());
  const known = new Set<string>(DIRECTORY_CSV_HEADER);
  const problems: CsvFileProblem[] = [];
  const missing = DIRECTORY_CSV_HEADER.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !known.has(h));
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  if (missing.length) problems.push({ code: "missingColumns", columns: missing.join(", ") });
  if (unknown.length) problems.push({ code: "unknownColumns", columns: unknown.map((h) => h || '""').join(", ") });
  if (duplicated.length) problems.push({ code: "duplicateColumns", columns: [...new Set(duplicated)].join(", ") });

  const body = records.slice(1).filter(({ record }) => record.some((cell) => cell.trim() !== ""));
  if (body.length > IMPORT_MAX_ROWS || records.length >= PARSE_CAP) problems.push({ code: "tooManyRows", max: IMPORT_MAX_ROWS });
  else if (body.length === 0) problems.push({ code: "noRows" });
  if (problems.length) return { ok: false, problems };

  const rows = body.map(({ record, info }): CsvRow => {
    if (record.length !== header.length) return { row: info.records, fields: null, cellCount: record.length };
    const fields: Partial<Record<MissionFieldName, string>> = {};
    header.forEach((column, i) => {
      fields[DIRECTORY_CSV_COLUMNS[column as DirectoryCsvColumn]] = unprotect(record[i]);
    });
    return { row: info.records, fields, cellCount: record.length };
  });
  return { ok: true, rows };
}
