/** GET /api/dev/mailbox?to=<email>: the local mailbox as JSON, newest first (token required). */
import { NextResponse, type NextRequest } from "next/server";
import { listMailboxMessages } from "@/db/queries/mailbox";
import { mailboxEnabled, mailboxTokenMatches, tokenFromRequest } from "@/lib/mail/mailbox-token";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

export async function GET(request: NextRequest) {
  if (!mailboxEnabled()) return NextResponse.json({ error: "not_found" }, { status: 404, headers: noStore });
  const params = request.nextUrl.searchParams;
  if (!mailboxTokenMatches(tokenFromRequest(request.headers, params))) {
    return NextResponse.json(
      { error: "unauthorized", message: "Send the mailbox token printed at start-up (data/mailbox.token)." },
      { status: 401, headers: { ...noStore, "www-authenticate": "Bearer" } },
    );
  }
  const limit = Math.min(200, Math.max(1, Number(params.get("limit")) || 50));
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const to = params.get("to") ?? undefined;
  const { items, total } = listMailboxMessages({ to, limit, offset });
  return NextResponse.json(
    {
      total,
      messages: items.map((m) => ({
        id: m.id,
        to: m.recipient,
        from: m.sender,
        subject: m.subject,
        text: m.text,
        html: m.html,
        headers: m.headers ?? {},
        createdAt: m.createdAt.toISOString(),
      })),
    },
    { headers: noStore },
  );
}
