/**
 * CSV import of the directory, in two steps. `checkDirectoryImport` reads the file and checks every
 * row with the entry form's schema, and writes nothing: the organiser sees a report first.
 * `importDirectoryCsv` does the same again on the server (the text comes back from the browser and
 * is trusted no more than the first time) and writes all rows or only the valid ones, in one
 * transaction with one audit entry, never a part of what the organiser chose.
 *
 * Matching: a row with the same host country, kind and name as an existing entry of the campaign
 * updates that entry (every field, blanks clear); any other row is a new entry.
 */
import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { findMissionByKey, insertMission, updateMission, type MissionValues } from "@/db/queries/missions";
import type { Campaign } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { DIRECTORY_LIMITS, missionFieldsSchema, type MissionFieldName } from "@/lib/validation/directory";
import { DIRECTORY_CSV_HEADER, FIELD_COLUMN, readDirectoryCsv, type CsvFileProblem, type DirectoryCsvColumn } from "./csv";
import { missionValues } from "./entries";

export interface RowProblem {
  /** As in the file, the header being row 1. */
  row: number;
  /** The CSV column at fault; null when the row as a whole is wrong. */
  field: DirectoryCsvColumn | null;
  /** An error code, translated by the UI. */
  code: string;
  params?: Record<string, number | string>;
}

export interface ImportReport {
  fileProblems: CsvFileProblem[];
  rowProblems: RowProblem[];
  rows: number;
  valid: number;
  invalid: number;
  /** Of the valid rows: how many would be new entries, how many would update one. */
  inserts: number;
  updates: number;
}

interface PlannedRow {
  row: number;
  values: MissionValues;
  existingId?: number;
}

function plan(db: DbOrTx, campaignId: number, text: string): { report: ImportReport; valid: PlannedRow[] } {
  const read = readDirectoryCsv(text);
  if (!read.ok) {
    return { report: { fileProblems: read.problems, rowProblems: [], rows: 0, valid: 0, invalid: 0, inserts: 0, updates: 0 }, valid: [] };
  }
  const rowProblems: RowProblem[] = [];
  const valid: PlannedRow[] = [];
  const seen = new Map<string, number>();
  let invalid = 0;
  for (const { row, fields, cellCount } of read.rows) {
    if (!fields) {
      rowProblems.push({ row, field: null, code: "cellCount", params: { found: cellCount, expected: DIRECTORY_CSV_HEADER.length } });
      invalid++;
      continue;
    }
    const parsed = missionFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      for (const [field, code] of Object.entries(fieldErrorsOf(parsed.error))) {
        const column = FIELD_COLUMN[field as MissionFieldName] ?? null;
        const max = (DIRECTORY_LIMITS as Record<string, number>)[field];
        rowProblems.push({ row, field: column, code: code ?? "invalid", ...(code === "tooLong" && max ? { params: { max } } : {}) });
      }
      invalid++;
      continue;
    }
    const values = missionValues(parsed.data);
    const key = JSON.stringify([values.hostCountry, values.kind, values.name]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      rowProblems.push({ row, field: "name", code: "duplicateInFile", params: { row: earlier } });
      invalid++;
      continue;
    }
    seen.set(key, row);
    valid.push({ row, values, existingId: findMissionByKey(db, campaignId, values)?.id });
  }
  const updates = valid.filter((r) => r.existingId !== undefined).length;
  return {
    report: { fileProblems: [], rowProblems, rows: read.rows.length, valid: valid.length, invalid, inserts: valid.length - updates, updates },
    valid,
  };
}

/** Step 1: the report, and nothing written. */
export function checkDirectoryImport(campaignId: number, text: string): ImportReport {
  return plan(getDb(), campaignId, text).report;
}

export type ImportMode = "all" | "valid";

/** Step 2: writes every row ("all", refused if any row is wrong) or only the valid ones. */
export function importDirectoryCsv(organiser: Organiser, campaign: Campaign, text: string, mode: ImportMode) {
  return getDb().transaction(
    (tx) => {
      const { report, valid } = plan(tx, campaign.id, text);
      if (report.fileProblems.length || (mode === "all" && report.invalid > 0)) throw new AppError("import_has_errors");
      if (valid.length === 0) throw new AppError("import_nothing_valid");
      const now = new Date();
      for (const r of valid) {
        if (r.existingId !== undefined) updateMission(tx, campaign.id, r.existingId, r.values, now);
        else insertMission(tx, campaign.id, r.values, now);
      }
      const result = { inserted: report.inserts, updated: report.updates, skipped: report.invalid };
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "directory.import",
        entityType: "mission",
        campaignId: campaign.id,
        detail: { mode, ...result },
      });
      return result;
    },
    { behavior: "immediate" },
  );
}
