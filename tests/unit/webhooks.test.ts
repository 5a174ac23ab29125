// Proves Resend webhooks: only correctly signed deliveries count, each event once, and bounced or
// complained addresses are never sent to again (the dispatcher checks the list before every send).
import { createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { emailSuppressions, outbox, webhookEvents } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { dispatchDueEmails } from "@/lib/mail/dispatcher";
import { ResendTransport } from "@/lib/mail/transports/resend";
import { handleResendWebhook } from "@/lib/mail/webhooks";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";
import { startFakeResend } from "../fixtures/fake-resend";

const SECRET = `whsec_${randomBytes(24).toString("base64")}`;

function signed(event: object, opts: { id?: string; secret?: string; ageSeconds?: number } = {}) {
  const payload = JSON.stringify(event);
  const id = opts.id ?? `msg_${randomBytes(8).toString("hex")}`;
  const timestamp = String(Math.floor(Date.now() / 1000) - (opts.ageSeconds ?? 0));
  const key = Buffer.from((opts.secret ?? SECRET).slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${payload}`).digest("base64");
  return { payload, headers: new Headers({ "svix-id": id, "svix-timestamp": timestamp, "svix-signature": `v1,${signature}` }) };
}

const bounce = (to: string) => ({ type: "email.bounced", created_at: new Date().toISOString(), data: { email_id: "e1", to: [to], bounce: { type: "Permanent" } } });

let fake: Awaited<ReturnType<typeof startFakeResend>>;

beforeAll(async () => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  fake = await startFakeResend();
  process.env.RESEND_WEBHOOK_SECRET = SECRET;
  process.env.RESEND_BASE_URL = fake.url;
  resetConfigForTests();
});

afterAll(async () => {
  delete process.env.RESEND_WEBHOOK_SECRET;
  delete process.env.RESEND_BASE_URL;
  resetConfigForTests();
  vi.restoreAllMocks();
  await fake.close();
});

beforeEach(() => {
  resetDatabase();
  fake.requests.length = 0;
  fake.reply(() => ({ status: 200 }));
});

describe("the Resend webhook", () => {
  it("puts a bounced or complaining address on the suppression list", () => {
    const b = signed(bounce("gone@example.org"));
    expect(handleResendWebhook(b.payload, b.headers)).toBe("handled");
    const c = signed({ type: "email.complained", created_at: "", data: { to: ["angry@example.org"] } });
    expect(handleResendWebhook(c.payload, c.headers)).toBe("handled");
    expect(getDb().select().from(emailSuppressions).all().map((r) => r.reason).sort()).toEqual(["bounce", "complaint"]);
    // Only keyed fingerprints are kept, never the address.
    expect(JSON.stringify(getDb().select().from(emailSuppressions).all())).not.toContain("example.org");
  });

  it("handles a retried delivery once", () => {
    const first = signed(bounce("twice@example.org"), { id: "msg_same" });
    expect(handleResendWebhook(first.payload, first.headers)).toBe("handled");
    const again = signed(bounce("twice@example.org"), { id: "msg_same" });
    expect(handleResendWebhook(again.payload, again.headers)).toBe("duplicate");
    expect(getDb().select().from(webhookEvents).all()).toHaveLength(1);
  });

  it("refuses a wrong signature, another secret, a stale timestamp or a changed body, and records nothing", () => {
    const wrongSecret = signed(bounce("x@example.org"), { secret: `whsec_${randomBytes(24).toString("base64")}` });
    const stale = signed(bounce("x@example.org"), { ageSeconds: 600 });
    const tampered = signed(bounce("x@example.org"));
    for (const [payload, headers] of [
      [wrongSecret.payload, wrongSecret.headers],
      [stale.payload, stale.headers],
      [tampered.payload.replace("x@example.org", "y@example.org"), tampered.headers],
      [tampered.payload, new Headers()],
    ] as const) {
      expect(handleResendWebhook(payload, headers)).toBe("unverified");
    }
    expect(getDb().select().from(webhookEvents).all()).toHaveLength(0);
    expect(getDb().select().from(emailSuppressions).all()).toHaveLength(0);
  });

  it("is switched off without RESEND_WEBHOOK_SECRET", () => {
    delete process.env.RESEND_WEBHOOK_SECRET;
    resetConfigForTests();
    const b = signed(bounce("off@example.org"));
    expect(handleResendWebhook(b.payload, b.headers)).toBe("disabled");
    process.env.RESEND_WEBHOOK_SECRET = SECRET;
    resetConfigForTests();
  });
});

describe("sending to a suppressed address", () => {
  it("is given up without calling the provider; other addresses still go", async () => {
    const b = signed(bounce("Bounced@Example.org"));
    handleResendWebhook(b.payload, b.headers);
    const petition = makeOpenPetition();
    for (const email of ["bounced@example.org", "fine@example.org"]) {
      await signPetitionGrouped({ petition, data: signatureSchema.parse({ name: "N", email, country: "SE" }), locale: "en" });
    }
    const report = await dispatchDueEmails({ transport: new ResendTransport("re_test", 0) });
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    const offered = fake.requests.flatMap((r) => (Array.isArray(r.body) ? r.body : [r.body])) as { to: string | string[] }[];
    expect(offered.flatMap((e) => e.to)).toEqual(["fine@example.org"]);
    const suppressed = getDb().select().from(outbox).where(eq(outbox.recipient, "bounced@example.org")).get()!;
    expect(suppressed.status).toBe("failed");
    expect(suppressed.lastError).toMatch(/suppressed/);
  });
});
