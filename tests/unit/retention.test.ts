// Proves the retention schedule with a moved clock: unconfirmed signatures go after 7 days, closed
// petitions' signers are anonymised after the configured period with counts kept, and settled
// emails are deleted 30 days after delivery.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { signatures } from "@/db/schema";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { enqueueEmail } from "@/db/queries/outbox";
import { outbox, petitions } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { runRetention } from "@/lib/retention";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const DAY = 24 * 60 * 60 * 1000;
const data = (email: string) => signatureSchema.parse({ name: "Rita Retention", email, country: "GB" });

describe("retention", () => {
  beforeEach(() => resetDatabase());

  it("deletes pending signatures after 7 days and keeps confirmed ones", async () => {
    const petition = makeOpenPetition();
    const start = new Date("2026-01-01T00:00:00Z");
    await signPetitionGrouped({ petition, data: data("pending@example.org"), locale: "en", now: start });
    await signPetitionGrouped({ petition, data: data("confirmed@example.org"), locale: "en", now: start });
    const confirmUrl = getDb().query.outbox.findMany().sync();
    expect(confirmUrl).toHaveLength(2);
    const token = String(confirmUrl[1].payload.confirmUrl).split("/").pop()!;
    expect(confirmSignature(token, new Date(start.getTime() + DAY)).state).toBe("confirmed");

    expect(runRetention(new Date(start.getTime() + 7 * DAY - 1000)).unconfirmedDeleted).toBe(0);
    expect(runRetention(new Date(start.getTime() + 7 * DAY + 1000)).unconfirmedDeleted).toBe(1);

    const left = getDb().select().from(signatures).where(eq(signatures.petitionId, petition.id)).all();
    expect(left.map((s) => s.email)).toEqual(["confirmed@example.org"]);
  });

  it("counts the 7 days from the last signing when someone signs again", async () => {
    const petition = makeOpenPetition();
    const start = new Date("2026-02-01T00:00:00Z");
    await signPetitionGrouped({ petition, data: data("again@example.org"), locale: "en", now: start });
    await signPetitionGrouped({ petition, data: data("again@example.org"), locale: "en", now: new Date(start.getTime() + 5 * DAY) });
    expect(runRetention(new Date(start.getTime() + 8 * DAY)).unconfirmedDeleted).toBe(0);
    expect(runRetention(new Date(start.getTime() + 13 * DAY)).unconfirmedDeleted).toBe(1);
  });
});

describe("anonymising a closed petition's signers", () => {
  beforeEach(() => {
    resetDatabase();
    delete process.env.RETENTION_ANONYMISE_AFTER_DAYS;
    resetConfigForTests();
  });

  async function signedAndConfirmed(petitionId: number, email: string, now: Date) {
    const petition = getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!;
    await signPetitionGrouped({
      petition,
      data: signatureSchema.parse({ name: "Private Person", email, country: "KZ", city: "Aktau", comment: "Free them", commentPublic: "on", organisation: "Union" }),
      locale: "en",
      clientIp: "203.0.113.5",
      now,
    });
    const row = getDb().select().from(outbox).all().find((r) => r.recipient === email)!;
    expect(confirmSignature(String(row.payload.confirmUrl).split("/").pop()!, now).state).toBe("confirmed");
  }

  it("strips names, emails, cities, comments and IP hashes six months after closing, and keeps the counts", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const closedOne = makeOpenPetition();
    const stillOpen = makeOpenPetition();
    await signedAndConfirmed(closedOne.id, "a@example.org", start);
    await signedAndConfirmed(closedOne.id, "b@example.org", start);
    await signedAndConfirmed(stillOpen.id, "c@example.org", start);
    await signPetitionGrouped({ petition: closedOne, data: data("never-confirmed@example.org"), locale: "en", now: start });
    const closedAt = new Date(start.getTime() + 10 * DAY);
    getDb().update(petitions).set({ status: "closed", closedAt }).where(eq(petitions.id, closedOne.id)).run();

    expect(runRetention(new Date(closedAt.getTime() + 182 * DAY)).signaturesAnonymised).toBe(0);
    const report = runRetention(new Date(closedAt.getTime() + 184 * DAY));
    expect(report.signaturesAnonymised).toBe(2);

    const rows = getDb().select().from(signatures).where(eq(signatures.petitionId, closedOne.id)).all();
    expect(rows).toHaveLength(2); // the pending one can never count: deleted
    for (const r of rows) {
      expect(r).toMatchObject({ name: "", email: "", city: null, comment: null, commentPublic: false, organisation: null, ipHash: null, tokenHash: null, optInUpdates: false, nameDisplay: "anonymous", status: "confirmed", country: "KZ" });
      expect(r.emailFingerprint).toBe(`anonymised:${r.id}`);
      expect(r.anonymisedAt).not.toBeNull();
    }
    const counted = getDb().select().from(petitions).where(eq(petitions.id, closedOne.id)).get()!;
    expect(counted.signatureCount).toBe(2);
    // The open petition's signer is untouched, and a second pass changes nothing.
    expect(getDb().select().from(signatures).where(eq(signatures.petitionId, stillOpen.id)).get()!.email).toBe("c@example.org");
    expect(runRetention(new Date(closedAt.getTime() + 400 * DAY)).signaturesAnonymised).toBe(0);
  });

  it("starts the clock at the deadline too, and honours RETENTION_ANONYMISE_AFTER_DAYS", async () => {
    process.env.RETENTION_ANONYMISE_AFTER_DAYS = "30";
    resetConfigForTests();
    const start = new Date("2026-03-01T00:00:00Z");
    const deadline = new Date(start.getTime() + 5 * DAY);
    const petition = makeOpenPetition({ deadline });
    await signedAndConfirmed(petition.id, "d@example.org", start);
    expect(runRetention(new Date(deadline.getTime() + 29 * DAY)).signaturesAnonymised).toBe(0);
    expect(runRetention(new Date(deadline.getTime() + 31 * DAY)).signaturesAnonymised).toBe(1);
  });
});

describe("deleting settled emails", () => {
  beforeEach(() => {
    resetDatabase();
    resetConfigForTests();
  });

  it("deletes sent and failed outbox rows 30 days on, never pending ones", () => {
    const start = new Date("2026-05-01T00:00:00Z");
    const email = { template: "confirm-signature", locale: "en", payload: {} };
    const sent = enqueueEmail({ ...email, recipient: "sent@example.org" }, start);
    const failed = enqueueEmail({ ...email, recipient: "failed@example.org" }, start);
    enqueueEmail({ ...email, recipient: "pending@example.org" }, start);
    getDb().update(outbox).set({ status: "sent", sentAt: start }).where(eq(outbox.id, sent)).run();
    getDb().update(outbox).set({ status: "failed" }).where(eq(outbox.id, failed)).run();

    expect(runRetention(new Date(start.getTime() + 29 * DAY)).emailsDeleted).toBe(0);
    expect(runRetention(new Date(start.getTime() + 31 * DAY)).emailsDeleted).toBe(2);
    expect(getDb().select().from(outbox).all().map((r) => r.recipient)).toEqual(["pending@example.org"]);
  });
});
