/**
 * POST /api/unsubscribe?t=<token>: RFC 8058 one-click unsubscribe (List-Unsubscribe-Post).
 * Mail providers call it without cookies; the signed token is the whole authorisation.
 */
import { NextResponse, type NextRequest } from "next/server";
import { unsubscribe } from "@/lib/petitions/unsubscribe";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  const ok = unsubscribe(request.nextUrl.searchParams.get("t"));
  return NextResponse.json(ok ? { status: "unsubscribed" } : { error: "invalid_token" }, {
    status: ok ? 200 : 400,
    headers: { "cache-control": "no-store" },
  });
}
