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

export class ResendTransport implements MailTransport {
  readonly kind = "resend" as const;
  private readonly client: Resend;

  constructor(apiKey: string) {
    this.client = new Resend(apiKey);
  }

  async send(email: OutgoingEmail): Promise<SendResult> {
    const { data, error, headers } = await this.client.emails.send(
      { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text, headers: email.headers },
      { idempotencyKey: email.idempotencyKey },
    );
    if (error) {
      const status = "statusCode" in error ? (error.statusCode as number | null) : null;
      // No status means the request never got an answer; 409 is a concurrent request with the same key.
      const transient = status === null || status === 429 || status === 409 || status >= 500;
      throw new MailSendError(
        `Resend ${status ?? "network"}: ${error.message}`,
        transient,
        retryAfterMs(headers?.["retry-after"]),
      );
    }
    return { providerMessageId: data?.id ?? null };
  }
}
