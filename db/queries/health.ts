/** The health check's proof that the database accepts writes. */
import "server-only";
import { getDb } from "../client";
import { instanceMeta } from "../schema";

export function recordHealthWrite(now: Date): void {
  getDb()
    .insert(instanceMeta)
    .values({ key: "health_checked_at", value: now.toISOString() })
    .onConflictDoUpdate({ target: instanceMeta.key, set: { value: now.toISOString() } })
    .run();
}
