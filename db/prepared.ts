/**
 * Statements prepared once per connection, for the paths a viral moment runs thousands of times a
 * second. Drizzle's query builder costs about half a millisecond per query here (building and
 * preparing the SQL again each time); a prepared statement a few hundredths (bench/, docs/PERFORMANCE.md).
 *
 * A statement belongs to the process's one connection (getDb()). Inside a transaction callback it runs
 * in that transaction: better-sqlite3 is synchronous and the transaction is the connection's.
 * Placeholders in WHERE clauses take driver values (timestamps as epoch milliseconds); in INSERT
 * values Drizzle maps them from the column's type.
 */
import "server-only";
import { getDb, type Db } from "./client";

const statements = new WeakMap<Db, Map<unknown, unknown>>();

export function prepared<T>(build: (db: Db) => T): () => T {
  return () => {
    const db = getDb();
    let own = statements.get(db);
    if (!own) statements.set(db, (own = new Map()));
    let statement = own.get(build) as T | undefined;
    if (statement === undefined) own.set(build, (statement = build(db)));
    return statement;
  };
}
