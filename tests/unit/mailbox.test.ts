// Proves the local mailbox stores each message once, lists newest first per recipient, and guards itself with a token.
import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { listMailboxMessages } from "@/db/queries/mailbox";
import { config, resetConfigForTests } from "@/lib/config";
import { mailboxEnabled, mailboxTokenMatches, readOrCreateMailboxToken } from "@/lib/mail/mailbox-token";
import { MailboxTransport } from "@/lib/mail/transports/mailbox";
import { resetDatabase } from "../fixtures/db";

const message = (to: string, subject: string, key: string) => ({
  from: "Picket <no-reply@picket.test>",
  to,
  subject,
  html: `<p>${subject}</p>`,
  text: subject,
  headers: { "List-Unsubscribe": "<http://picket.test/u>" },
  idempotencyKey: key,
});

describe("local mailbox", () => {
  beforeEach(() => resetDatabase());

  it("stores a message once per idempotency key", async () => {
    const transport = new MailboxTransport();
    const first = await transport.send(message("Reader@Example.org", "One", "k1"));
    const again = await transport.send(message("Reader@Example.org", "One", "k1"));
    expect(again.providerMessageId).toBe(first.providerMessageId);
    const { items, total } = listMailboxMessages({ to: "reader@example.org", limit: 10 });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ recipient: "reader@example.org", subject: "One", text: "One", html: "<p>One</p>" });
    expect(items[0].headers).toEqual({ "List-Unsubscribe": "<http://picket.test/u>" });
    expect(first.providerMessageId).toBe(`mailbox-${items[0].id}`);
  });

  it("lists newest first, filtered by recipient whatever the case", async () => {
    const transport = new MailboxTransport();
    await transport.send(message("a@example.org", "older", "k2"));
    await new Promise((r) => setTimeout(r, 5));
    await transport.send(message("a@example.org", "newer", "k3"));
    await transport.send(message("b@example.org", "other", "k4"));
    expect(listMailboxMessages({ to: "A@EXAMPLE.ORG", limit: 10 }).items.map((m) => m.subject)).toEqual(["newer", "older"]);
    expect(listMailboxMessages({ limit: 10 }).total).toBe(3);
  });

  it("keeps a private token and checks it", () => {
    const file = config().mail.mailboxTokenFile;
    fs.rmSync(file, { force: true });
    const token = readOrCreateMailboxToken();
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateMailboxToken()).toBe(token);
    expect(mailboxTokenMatches(token)).toBe(true);
    expect(mailboxTokenMatches(`${token}x`)).toBe(false);
    expect(mailboxTokenMatches("")).toBe(false);
    expect(mailboxTokenMatches(null)).toBe(false);
    expect(mailboxTokenMatches(` ${token} `)).toBe(true);
    expect(mailboxTokenMatches(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBe(false);
  });

  it("replaces a too-short token, and the new one is private too", () => {
    const file = config().mail.mailboxTokenFile;
    fs.writeFileSync(file, "changeme\n", { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const token = readOrCreateMailboxToken();
    expect(token).not.toBe("changeme");
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(token);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(mailboxTokenMatches("changeme")).toBe(false);
  });

  it("exists only while no real transport is configured", () => {
    expect(mailboxEnabled()).toBe(true);
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    resetConfigForTests();
    try {
      expect(mailboxEnabled()).toBe(false);
    } finally {
      delete process.env.SMTP_URL;
      resetConfigForTests();
    }
  });
});
