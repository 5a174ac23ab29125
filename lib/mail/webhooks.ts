/**
 * Resend's webhook: bounces and complaints put the address on the suppression list, which every send
 * checks. Deliveries are verified by their Svix signature (Resend's SDK, Standard Webhooks) and
 * handled once per event id, since the provider retries until it gets a 2xx.
 */
import "server-only";
import { Resend } from "resend";
import { getDb } from "@/db/client";
import { recordWebhookEvent, suppressEmail } from "@/db/queries/suppressions";
import { config } from "@/lib/config";
import { emailFingerprint } from "@/lib/security/keyed-hash";

export type WebhookOutcome = "disabled" | "unverified" | "duplicate" | "handled";

const SUPPRESSING = { "email.bounced": "bounce", "email.complained": "complaint" } as const;

export function handleResendWebhook(payload: string, headers: Headers): WebhookOutcome {
  const secret = config().mail.resendWebhookSecret;
  if (!secret) return "disabled";
  const id = headers.get("svix-id");
  let event: { type: string; data?: { to?: unknown } };
  try {
    // The SDK only needs a key to call the API; verifying is local.
    event = new Resend(config().mail.resendApiKey ?? "re_verify_only").webhooks.verify({
      payload,
      headers: { id: id ?? "", timestamp: headers.get("svix-timestamp") ?? "", signature: headers.get("svix-signature") ?? "" },
      webhookSecret: secret,
    }) as typeof event;
  } catch {
    return "unverified";
  }
  if (!id) return "unverified";
  return getDb().transaction(
    (tx) => {
      if (!recordWebhookEvent(tx, id, event.type)) return "duplicate";
      const reason = SUPPRESSING[event.type as keyof typeof SUPPRESSING];
      const to = Array.isArray(event.data?.to) ? event.data.to.filter((t): t is string => typeof t === "string") : [];
      if (reason) for (const address of to) suppressEmail(tx, emailFingerprint(address), reason);
      return "handled";
    },
    { behavior: "immediate" },
  );
}
