/** The zero-configuration transport: stores messages in the database for /dev/mailbox. */
import { storeMailboxMessage } from "@/db/queries/mailbox";
import type { MailTransport, OutgoingEmail, SendResult } from "../transport";

export class MailboxTransport implements MailTransport {
  readonly kind = "mailbox" as const;

  async send(email: OutgoingEmail): Promise<SendResult> {
    const id = storeMailboxMessage({
      recipient: email.to.trim().toLowerCase(),
      sender: email.from,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: email.headers ?? null,
      idempotencyKey: email.idempotencyKey,
      createdAt: new Date(),
    });
    return { providerMessageId: `mailbox-${id}` };
  }
}
