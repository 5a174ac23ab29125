/**
 * The contract every email transport meets, and the choice among them from config.
 * Transports classify failures: transient ones are retried, permanent ones are not.
 */
import { config, type MailTransportKind } from "@/lib/config";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** The outbox id: providers that support it de-duplicate retries by this key. */
  idempotencyKey: string;
}

export interface SendResult {
  providerMessageId: string | null;
}

export interface MailTransport {
  readonly kind: MailTransportKind;
  send(email: OutgoingEmail): Promise<SendResult>;
  /** Providers with a batch endpoint send up to `maxBatch` emails per call, all or none. */
  sendBatch?(emails: OutgoingEmail[], idempotencyKey: string): Promise<SendResult[]>;
  readonly maxBatch?: number;
  /** The provider's request rate limit, as the least time between two calls. */
  readonly minIntervalMs?: number;
}

export class MailSendError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

let cached: MailTransport | undefined;

export async function getTransport(): Promise<MailTransport> {
  if (cached) return cached;
  const mail = config().mail;
  if (mail.transport === "resend") {
    const { ResendTransport } = await import("./transports/resend");
    cached = new ResendTransport(mail.resendApiKey!, 1000 / mail.resendRequestsPerSecond);
  } else if (mail.transport === "smtp") {
    const { SmtpTransport } = await import("./transports/smtp");
    cached = new SmtpTransport(mail.smtpUrl!);
  } else {
    const { MailboxTransport } = await import("./transports/mailbox");
    cached = new MailboxTransport();
  }
  return cached;
}

export function resetTransportForTests(): void {
  cached = undefined;
}
