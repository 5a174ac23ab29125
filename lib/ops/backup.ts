/**
 * Backups: a consistent copy of the live database (SQLite's VACUUM INTO, safe while the app runs
 * and writes), and a restore that checks the copy before it replaces anything.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { closeDb, getSqlite } from "@/db/client";
import { config } from "@/lib/config";

export function defaultBackupPath(now = new Date()): string {
  return path.join(path.dirname(config().databasePath), "backups", `picket-${now.toISOString().replace(/[:.]/g, "-")}.db`);
}

export function backupDatabase(dest = defaultBackupPath()): string {
  if (fs.existsSync(dest)) throw new Error(`${dest} exists already; choose another name.`);
  fs.mkdirSync(path.dirname(path.resolve(dest)), { recursive: true });
  getSqlite().prepare("VACUUM INTO ?").run(dest);
  return dest;
}

function integrityOk(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.pragma("integrity_check") as { integrity_check: string }[];
      const hasSchema = !!db.prepare("select 1 from sqlite_master where name = 'signatures'").get();
      return rows.length === 1 && rows[0].integrity_check === "ok" && hasSchema;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Replaces the database with `source` after checking it. Picket must not be running. */
export function restoreDatabase(source: string): void {
  if (!integrityOk(source)) throw new Error(`${source} is not an intact Picket database; nothing was changed.`);
  const target = config().databasePath;
  closeDb();
  const staging = `${target}.restoring`;
  fs.copyFileSync(source, staging);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
}
