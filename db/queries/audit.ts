/** The audit log of organiser actions. */
import "server-only";
import { desc, eq } from "drizzle-orm";
import { pageWithTotal } from "./count";
import { getDb, type DbOrTx } from "../client";
import { auditLog, users } from "../schema";
import type { AuditAction } from "@/lib/organise/audit-actions";

export interface AuditInput {
  actorUserId: string | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | number | null;
  campaignId?: number | null;
  detail?: Record<string, unknown>;
}

export function recordAudit(db: DbOrTx, entry: AuditInput): void {
  db.insert(auditLog)
    .values({
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      campaignId: entry.campaignId ?? null,
      detail: entry.detail ?? null,
      createdAt: new Date(),
    })
    .run();
}

export function listAudit(opts: { campaignId?: number; limit: number; offset: number }) {
  const db = getDb();
  const where = opts.campaignId ? eq(auditLog.campaignId, opts.campaignId) : undefined;
  const query = db
    .select({ entry: auditLog, actorEmail: users.email, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
  return pageWithTotal(db, query, { table: auditLog, where }, opts);
}
