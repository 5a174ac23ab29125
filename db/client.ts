/**
 * The one database connection per process: opens the SQLite file, sets the pragmas,
 * applies committed migrations, and hands out the Drizzle instance.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { config } from "@/lib/config";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
/** The handle a transaction callback receives; queries accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

interface Connection {
  db: Db;
  sqlite: Database.Database;
  path: string;
}

const globalForDb = globalThis as unknown as { picketDb?: Connection };

export function openDatabase(file: string): Connection {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, {
    migrationsFolder: path.join(process.cwd(), "db", "migrations"),
  });
  return { db, sqlite, path: file };
}

function connection(): Connection {
  const file = config().databasePath;
  const current = globalForDb.picketDb;
  if (current && current.path === file) return current;
  current?.sqlite.close();
  globalForDb.picketDb = openDatabase(file);
  return globalForDb.picketDb;
}

export function getDb(): Db {
  return connection().db;
}

export function getSqlite(): Database.Database {
  return connection().sqlite;
}

const runners = new WeakMap<Database.Database, Database.Transaction<(work: () => unknown) => unknown>>();

/**
 * A write transaction that takes the write lock at its start (BEGIN IMMEDIATE), through
 * better-sqlite3's own transaction function: much cheaper than Drizzle's wrapper on the hot paths.
 * Queries inside it run on the same connection, so they are part of it.
 */
export function immediateTransaction<T>(work: (db: Db) => T): T {
  const { db, sqlite } = connection();
  let runner = runners.get(sqlite);
  if (!runner) runners.set(sqlite, (runner = sqlite.transaction((inner: () => unknown) => inner())));
  return runner.immediate(() => work(db)) as T;
}

export function closeDb(): void {
  globalForDb.picketDb?.sqlite.close();
  globalForDb.picketDb = undefined;
}

/**
 * A separate read-only connection for long streaming reads (exports): an open iterator keeps its
 * connection busy, so it must not be the shared one. WAL lets it read while others write.
 */
export function openReadOnlyConnection(): Database.Database {
  const file = config().databasePath;
  connection(); // make sure the file exists and is migrated
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  return sqlite;
}
