/** POST /api/webhooks/resend — Resend's delivery events (bounces and complaints feed the suppression list). */
import { handleResendWebhook } from "@/lib/mail/webhooks";

const MAX_BYTES = 256 * 1024;

export async function POST(request: Request) {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BYTES) return Response.json({ error: "too_large" }, { status: 413 });
  const payload = await request.text();
  if (payload.length > MAX_BYTES) return Response.json({ error: "too_large" }, { status: 413 });
  const outcome = handleResendWebhook(payload, request.headers);
  if (outcome === "disabled") return Response.json({ error: "not_found" }, { status: 404 });
  if (outcome === "unverified") return Response.json({ error: "invalid_signature" }, { status: 401 });
  return Response.json({ ok: true, duplicate: outcome === "duplicate" });
}
