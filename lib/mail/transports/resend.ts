/** Resend, through its SDK (which honours RESEND_BASE_URL). */
import { Resend } from "resend";
import { MailSendError, type MailTransport, type OutgoingEmail, type SendResult } from "../transport";

export function retryAfterMs(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

type ResendError = { message: string; statusCode?: number | null };

function failure(error: ResendError, headers: Record<string, string> | null): MailSendError {
  const status = error.statusCode ?? null;
  // No status means the request never got an answer; 409 is a concurrent request with the same key.
  const transient = status === null || status === 429 || status === 409 || status >= 500;
  return new MailSendError(`Resend ${status ?? "network"}: ${error.message}`, transient, retryAfterMs(headers?.["retry-after"]));
}

const payload = (email: OutgoingEmail) => ({
  from: email.from,
  to: email.to,
  subject: email.subject,
  html: email.html,
  text: email.text,
  headers: email.headers,
});

export class ResendTransport implements MailTransport {
  readonly kind = "resend" as const;
  /** Resend's batch endpoint takes at most 100 emails per call. */
  readonly maxBatch = 100;
  private readonly client: Resend;

  constructor(
    apiKey: string,
    readonly minIntervalMs = 500,
  ) {
    this.client = new Resend(apiKey);
  }

  async send(email: OutgoingEmail): Promise<SendResult> {
    const { data, error, headers } = await this.client.emails.send(payload(email), { idempotencyKey: email.idempotencyKey });
    if (error) throw failure(error as ResendError, headers);
    return { providerMessageId: data?.id ?? null };
  }

  async sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<SendResult[]> {
    const { data, error, headers } = await this.client.batch.send(emails.map(payload), { idempotencyKey });
    if (error) throw failure(error as ResendError, headers);
    const ids = (data as { data?: { id: string }[] } | null)?.data ?? [];
    return emails.map((_, i) => ({ providerMessageId: ids[i]?.id ?? null }));
  }
}
