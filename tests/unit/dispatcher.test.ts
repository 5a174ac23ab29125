// Proves the outbox dispatcher, through the real Resend SDK against a local fake: sends once, retries with backoff, gives up.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { claimDueEmails } from "@/db/queries/outbox";
import { outbox } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { backoffMs, dispatchDueEmails } from "@/lib/mail/dispatcher";
import { MailSendError, resetTransportForTests } from "@/lib/mail/transport";
import { ResendTransport, retryAfterMs } from "@/lib/mail/transports/resend";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";
import { startFakeResend } from "../fixtures/fake-resend";

let fake: Awaited<ReturnType<typeof startFakeResend>>;
let transport: ResendTransport;
const S = 1000;

beforeAll(async () => {
  // The dispatcher logs each failed attempt; the failures here are on purpose.
  vi.spyOn(console, "error").mockImplementation(() => {});
  fake = await startFakeResend();
  process.env.RESEND_BASE_URL = fake.url;
  process.env.RESEND_API_KEY = "re_test";
  resetConfigForTests();
  resetTransportForTests();
  transport = new ResendTransport("re_test", 0);
});

afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  delete process.env.RESEND_API_KEY;
  delete process.env.MAIL_MAX_ATTEMPTS;
  resetConfigForTests();
  vi.restoreAllMocks();
  await fake.close();
});

beforeEach(() => {
  resetDatabase();
  fake.requests.length = 0;
  fake.reply(() => ({ status: 200 }));
});

async function queueOne(): Promise<number> {
  await signPetitionGrouped({ petition: makeOpenPetition(), data: signatureSchema.parse({ name: "Mia", email: "mia@example.org", country: "SE" }), locale: "en" });
  return getDb().select().from(outbox).all().at(-1)!.id;
}
const row = (id: number) => getDb().select().from(outbox).where(eq(outbox.id, id)).get()!;

describe("dispatchDueEmails", () => {
  it("sends through Resend once, keyed by the outbox id, and forgets the one-time link", async () => {
    const id = await queueOne();
    const now = new Date();
    expect(await dispatchDueEmails({ now, transport })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(fake.requests).toHaveLength(1);
    const [req] = fake.requests;
    expect(req).toMatchObject({ method: "POST", path: "/emails", idempotencyKey: `picket-outbox-${id}`, authorization: "Bearer re_test" });
    expect(req.body).toMatchObject({ to: "mia@example.org", from: "Picket <no-reply@picket.localhost>" });
    expect(String(req.body.subject)).toContain("Confirm your signature");
    expect(String(req.body.html)).toContain("/en/confirm/");
    expect(String(req.body.text)).toContain("/en/confirm/");
    expect(row(id)).toMatchObject({ status: "sent", attempts: 1, providerMessageId: "em_1" });
    expect(row(id).payload.confirmUrl).toBe("[redacted after delivery]");

    expect(await dispatchDueEmails({ now: new Date(now.getTime() + 3600 * S), transport })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(fake.requests).toHaveLength(1);
  });

  it("retries a 500 with exponential backoff and the same idempotency key", async () => {
    const id = await queueOne();
    const now = new Date();
    fake.reply(() => ({ status: 500, body: { name: "internal_server_error", message: "boom", statusCode: 500 } }));
    expect((await dispatchDueEmails({ now, transport })).retrying).toBe(1);
    expect(row(id)).toMatchObject({ status: "pending", attempts: 1 });
    expect(row(id).nextAttemptAt.getTime()).toBe(now.getTime() + 15 * S);

    await dispatchDueEmails({ now: new Date(now.getTime() + 14 * S), transport });
    expect(fake.requests).toHaveLength(1);

    const later = new Date(now.getTime() + 16 * S);
    await dispatchDueEmails({ now: later, transport });
    expect(fake.requests).toHaveLength(2);
    expect(row(id)).toMatchObject({ status: "pending", attempts: 2 });
    expect(row(id).nextAttemptAt.getTime()).toBe(later.getTime() + 30 * S);

    fake.reply(() => ({ status: 200 }));
    await dispatchDueEmails({ now: new Date(later.getTime() + 31 * S), transport });
    expect(row(id).status).toBe("sent");
    expect(new Set(fake.requests.map((r) => r.idempotencyKey))).toEqual(new Set([`picket-outbox-${id}`]));
  });

  it("waits at least as long as a 429's retry-after", async () => {
    const id = await queueOne();
    const now = new Date();
    fake.reply(() => ({ status: 429, headers: { "retry-after": "120" }, body: { name: "rate_limit_exceeded", message: "slow down", statusCode: 429 } }));
    await dispatchDueEmails({ now, transport });
    expect(row(id).status).toBe("pending");
    expect(row(id).nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 120 * S);
  });

  it("gives up at once on a permanent error", async () => {
    const id = await queueOne();
    fake.reply(() => ({ status: 422, body: { name: "validation_error", message: "invalid to", statusCode: 422 } }));
    expect((await dispatchDueEmails({ now: new Date(), transport })).failed).toBe(1);
    expect(row(id)).toMatchObject({ status: "failed", attempts: 1 });
    expect(row(id).lastError).toContain("422");
  });

  it("gives up after MAIL_MAX_ATTEMPTS transient failures", async () => {
    process.env.MAIL_MAX_ATTEMPTS = "3";
    resetConfigForTests();
    const id = await queueOne();
    fake.reply(() => ({ status: 503, body: { message: "down", statusCode: 503 } }));
    let now = new Date();
    for (let i = 0; i < 3; i++) {
      await dispatchDueEmails({ now, transport });
      now = new Date(now.getTime() + 3600 * S);
    }
    expect(row(id)).toMatchObject({ status: "failed", attempts: 3 });
    await dispatchDueEmails({ now, transport });
    expect(fake.requests).toHaveLength(3);
    delete process.env.MAIL_MAX_ATTEMPTS;
    resetConfigForTests();
  });

  it("treats a provider that cannot be reached as a transient failure", async () => {
    const closed = await startFakeResend();
    await closed.close();
    process.env.RESEND_BASE_URL = closed.url;
    const unreachable = new ResendTransport("re_test", 0);
    process.env.RESEND_BASE_URL = fake.url;
    const err = await unreachable
      .send({ from: "a@picket.test", to: "b@example.org", subject: "s", html: "<p>h</p>", text: "t", idempotencyKey: "picket-outbox-1" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MailSendError);
    expect((err as MailSendError).transient).toBe(true);
  });

  it("reads retry-after in seconds or as a date", () => {
    expect(retryAfterMs("120")).toBe(120 * S);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
    const inOneMinute = new Date(Date.now() + 60 * S).toUTCString();
    expect(retryAfterMs(inOneMinute)).toBeGreaterThan(55 * S);
    expect(retryAfterMs(inOneMinute)).toBeLessThanOrEqual(60 * S);
  });

  it("backs off 15 s, 30 s, 60 s … up to an hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([15 * S, 30 * S, 60 * S, 120 * S]);
    expect(backoffMs(30)).toBe(3600 * S);
  });

  it("lets only one dispatcher claim a row", async () => {
    await queueOne();
    await queueOne();
    const now = new Date();
    const first = claimDueEmails(now, 10, 60 * S);
    const second = claimDueEmails(now, 10, 60 * S);
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(0);
    expect(claimDueEmails(new Date(now.getTime() + 61 * S), 10, 60 * S)).toHaveLength(2);
  });
});

describe("batch sending", () => {
  async function queue(n: number): Promise<number[]> {
    const petition = makeOpenPetition();
    for (let i = 0; i < n; i++) {
      await signPetitionGrouped({ petition, data: signatureSchema.parse({ name: "Batch", email: `batch${i}@example.org`, country: "SE" }), locale: "en" });
    }
    return getDb().select({ id: outbox.id }).from(outbox).all().map((r) => r.id);
  }

  it("drains through the batch endpoint, at most 100 per call, each email once", async () => {
    const ids = await queue(150);
    const report = await dispatchDueEmails({ now: new Date(), transport });
    expect(report).toEqual({ sent: 150, retrying: 0, failed: 0 });
    expect(fake.requests.map((r) => [r.path, r.body.length])).toEqual([
      ["/emails/batch", 100],
      ["/emails/batch", 50],
    ]);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(2);
    const recipients = fake.requests.flatMap((r) => r.body.map((e) => (e as { to: string }).to));
    expect(new Set(recipients).size).toBe(150);
    expect(ids.map((id) => row(id).status).every((s) => s === "sent")).toBe(true);
    expect(row(ids[0]).providerMessageId).toBe("em_1_0");
    expect(await dispatchDueEmails({ now: new Date(Date.now() + 3600 * S), transport })).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("retries a refused batch whole, after the provider's retry-after, with the same key", async () => {
    const ids = await queue(3);
    const now = new Date();
    fake.reply(() => ({ status: 429, headers: { "retry-after": "30" }, body: { name: "rate_limit_exceeded", message: "slow", statusCode: 429 } }));
    expect((await dispatchDueEmails({ now, transport })).retrying).toBe(3);
    fake.reply(() => ({ status: 200 }));
    await dispatchDueEmails({ now: new Date(now.getTime() + 31 * S), transport });
    expect(ids.map((id) => row(id).status)).toEqual(["sent", "sent", "sent"]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].idempotencyKey).toBe(fake.requests[0].idempotencyKey);
  });

  it("keeps calls apart by the provider's rate limit", async () => {
    await queue(120);
    const slow = new ResendTransport("re_test", 300);
    // Record when each provider call starts, on the client side: the server's arrival times also
    // carry each request's own latency (the 100-email body is slower than the 20-email one).
    const startedAt: number[] = [];
    const sendBatch = slow.sendBatch.bind(slow);
    slow.sendBatch = (emails, key) => {
      startedAt.push(performance.now());
      return sendBatch(emails, key);
    };
    // Two batches: 100, then 20. The second call waits for the first's slot to pass.
    await dispatchDueEmails({ now: new Date(), transport: slow });
    expect(fake.requests.map((r) => r.body.length)).toEqual([100, 20]);
    expect(startedAt).toHaveLength(2);
    // Date.now() (used by the throttle) has 1 ms resolution, hence the small slack.
    expect(startedAt[1] - startedAt[0]).toBeGreaterThanOrEqual(298);
  });
});

describe("a provider outage", () => {
  it("loses nothing and sends nothing twice: 500s, 429s with retry-after, a lost answer, then recovery", async () => {
    const petition = makeOpenPetition();
    for (let i = 0; i < 350; i++) {
      await signPetitionGrouped({ petition, data: signatureSchema.parse({ name: "Outage", email: `outage${i}@example.org`, country: "SE" }), locale: "en" });
    }
    // Like Resend, the fake delivers a batch once per idempotency key and answers a repeat with the first result.
    const delivered = new Map<string, string[]>();
    let call = 0;
    fake.reply((req) => {
      call++;
      if (call <= 3) return { status: 500, body: { name: "internal_server_error", message: "down", statusCode: 500 } };
      if (call <= 5) return { status: 429, headers: { "retry-after": "2" }, body: { name: "rate_limit_exceeded", message: "slow", statusCode: 429 } };
      const key = req.idempotencyKey!;
      if (!delivered.has(key)) delivered.set(key, req.body.map((e) => (e as { to: string }).to));
      // Call 6 is delivered but its answer is lost on the way back: the retry must not deliver again.
      if (call === 6) return { status: 500, body: { name: "internal_server_error", message: "timeout", statusCode: 500 } };
      return { status: 200 };
    });
    const limited = new ResendTransport("re_test", 50);
    const startedAt: number[] = [];
    const sendBatch = limited.sendBatch.bind(limited);
    limited.sendBatch = (emails, key) => {
      startedAt.push(performance.now());
      return sendBatch(emails, key);
    };

    let now = Date.now();
    for (let pass = 0; pass < 40 && getDb().select().from(outbox).where(eq(outbox.status, "pending")).all().length > 0; pass++) {
      await dispatchDueEmails({ now: new Date(now), transport: limited });
      now += 5 * 60 * S; // time for every backoff to pass
    }

    const rows = getDb().select().from(outbox).all();
    expect(rows.filter((r) => r.status !== "sent")).toEqual([]);
    const recipients = [...delivered.values()].flat();
    expect(recipients).toHaveLength(350);
    expect(new Set(recipients).size).toBe(350);
    expect(fake.requests.every((r) => r.path === "/emails/batch" && r.body.length <= 100)).toBe(true);
    // Retries happened, and each reused its batch's key: no email was ever offered under two keys.
    expect(fake.requests.length).toBeGreaterThan(delivered.size);
    const keysByRecipient = new Map<string, Set<string>>();
    for (const r of fake.requests) {
      for (const e of r.body as { to: string }[]) keysByRecipient.set(e.to, (keysByRecipient.get(e.to) ?? new Set()).add(r.idempotencyKey!));
    }
    expect([...keysByRecipient.values()].filter((keys) => keys.size !== 1)).toEqual([]);
    for (let i = 1; i < startedAt.length; i++) expect(startedAt[i] - startedAt[i - 1]).toBeGreaterThanOrEqual(48);
  });
});
