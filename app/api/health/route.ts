/** GET /api/health: proves a database write and reports how far behind the email outbox is. */
import { NextResponse } from "next/server";
import { recordHealthWrite } from "@/db/queries/health";
import { outboxLag } from "@/db/queries/outbox";

export const dynamic = "force-dynamic";

// An outbox this far behind means emails are not leaving: report degraded.
const LAG_LIMIT_MS = 5 * 60 * 1000;

export async function GET() {
  const now = new Date();
  try {
    recordHealthWrite(now);
    const lag = outboxLag(now);
    const ok = lag.oldestDueMs < LAG_LIMIT_MS;
    return NextResponse.json(
      {
        status: ok ? "ok" : "degraded",
        database: "ok",
        outbox: { pending: lag.pending, lagSeconds: Math.round(lag.oldestDueMs / 1000) },
        time: now.toISOString(),
      },
      { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
    );
  } catch (err) {
    console.error("[health] check failed:", err);
    return NextResponse.json({ status: "error", database: "error" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
