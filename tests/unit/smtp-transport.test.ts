// Proves the SMTP transport against a real local SMTP server: both parts and the outbox id arrive; 5xx is final, 4xx is retried.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { MailSendError } from "@/lib/mail/transport";
import { SmtpTransport } from "@/lib/mail/transports/smtp";

let server: SMTPServer | undefined;

async function capture(rcptCode?: number) {
  const received: { to: string[]; raw: string }[] = [];
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!rcptCode) return callback();
      const err = new Error(rcptCode >= 500 ? "No such user" : "Try again later") as Error & { responseCode: number };
      err.responseCode = rcptCode;
      callback(err);
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c) => (raw += c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { transport: new SmtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`), received };
}

const email = {
  from: "Picket <no-reply@picket.test>",
  to: "reader@example.org",
  subject: "Confirm your signature: Free them",
  html: "<p>Hello <strong>reader</strong></p>",
  text: "Hello reader",
  idempotencyKey: "picket-outbox-42",
};

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("SmtpTransport", () => {
  it("delivers both parts with the outbox id", async () => {
    const { transport, received } = await capture();
    const result = await transport.send(email);
    expect(result.providerMessageId).toMatch(/^<.+>$/);
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(["reader@example.org"]);
    const raw = received[0].raw;
    expect(raw).toContain("Subject: Confirm your signature: Free them");
    expect(raw).toContain("Content-Type: text/plain");
    expect(raw).toContain("Content-Type: text/html");
    expect(raw).toMatch(/^X-Picket-Outbox-Id: picket-outbox-42$/im);
    expect(raw).toMatch(/^From: Picket <no-reply@picket\.test>$/im);
    expect(raw).toMatch(/^To: reader@example\.org$/im);
    expect(raw).toContain("Hello reader");
    expect(raw).toContain("<p>Hello <strong>reader</strong></p>");
    expect(raw.indexOf("Content-Type: text/plain")).toBeLessThan(raw.indexOf("Content-Type: text/html"));
  });

  it("passes extra headers through, and the outbox id wins over a clash", async () => {
    const { transport, received } = await capture();
    await transport.send({ ...email, headers: { "List-Unsubscribe": "<http://picket.test/u>", "X-Picket-Outbox-Id": "forged" } });
    expect(received[0].raw).toMatch(/^List-Unsubscribe: <http:\/\/picket\.test\/u>$/im);
    expect(received[0].raw).toMatch(/^X-Picket-Outbox-Id: picket-outbox-42$/im);
    expect(received[0].raw).not.toContain("forged");
  });

  it("treats a server that cannot be reached as worth retrying", async () => {
    const { transport } = await capture();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const err = await transport.send(email).catch((e) => e);
    expect(err).toBeInstanceOf(MailSendError);
    expect((err as MailSendError).transient).toBe(true);
    expect((err as MailSendError).message).toMatch(/^SMTP /);
  });

  it("treats a 5xx refusal as permanent", async () => {
    const { transport } = await capture(550);
    const err = await transport.send(email).catch((e) => e);
    expect(err).toBeInstanceOf(MailSendError);
    expect((err as MailSendError).transient).toBe(false);
    expect((err as MailSendError).message).toContain("550");
  });

  it("treats a 4xx refusal as worth retrying", async () => {
    const { transport } = await capture(451);
    const err = await transport.send(email).catch((e) => e);
    expect(err).toBeInstanceOf(MailSendError);
    expect((err as MailSendError).transient).toBe(true);
    expect((err as MailSendError).message).toContain("451");
  });
});
