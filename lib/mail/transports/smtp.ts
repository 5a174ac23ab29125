/** Any SMTP server, through nodemailer (SMTP_URL, e.g. smtp://user:pass@host:587). */
import nodemailer, { type Transporter } from "nodemailer";
import { MailSendError, type MailTransport, type OutgoingEmail, type SendResult } from "../transport";

export class SmtpTransport implements MailTransport {
  readonly kind = "smtp" as const;
  private readonly transporter: Transporter;

  constructor(url: string) {
    this.transporter = nodemailer.createTransport(url);
  }

  async send(email: OutgoingEmail): Promise<SendResult> {
    try {
      const info = await this.transporter.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: { ...email.headers, "X-Picket-Outbox-Id": email.idempotencyKey },
      });
      return { providerMessageId: info.messageId ?? null };
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      // 5xx replies are final (bad address, refused); everything else may pass on a retry.
      const transient = !(typeof code === "number" && code >= 500 && code < 600);
      throw new MailSendError(`SMTP ${code ?? "error"}: ${(err as Error).message}`, transient);
    }
  }
}
