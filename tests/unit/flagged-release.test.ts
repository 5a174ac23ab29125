// Proves issue #11's recovery of flagged signatures with the product's default limits: three people
// on one address without JavaScript give one email and two flagged rows; an organiser previews and
// releases them by rule (audited, one outbox row each in the same transaction), they count once
// confirmed; undo flags them again and kills unused links; releasing one; grouping by address and hour;
// flagged rows live until 30 days after the petition closes.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { flaggedGroups } from "@/db/queries/moderation";
import { auditLog, outbox, petitions, signatures, users } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { invalidateByRule, previewRelease, releaseByRule, releaseOne, undoBatch } from "@/lib/organise/moderation";
import { confirmSignature, lookupSignatureToken } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { runRetention } from "@/lib/retention";
import { ipHash } from "@/lib/security/keyed-hash";
import { invalidationSchema } from "@/lib/validation/organiser";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
const IP = "198.51.100.7";
const input = (email: string) => signatureSchema.parse({ name: "Meeting Person", email, country: "KZ" });
const rowsOf = (petitionId: number) => getDb().select().from(signatures).where(eq(signatures.petitionId, petitionId)).orderBy(signatures.id).all();
const emails = () => getDb().select().from(outbox).orderBy(outbox.id).all();
const countOf = (petitionId: number) => getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!.signatureCount;
const tokenOf = (e: { payload: Record<string, unknown> }) => String(e.payload.confirmUrl).split("/").pop()!;
const organiser = { id: "moderator-1", email: "mod@example.org", name: null, isAdmin: false, timeZone: "UTC" };
const rule = (petitionId: number, fields: Record<string, string>) => invalidationSchema.parse({ petitionId: String(petitionId), ...fields });

const saved: Record<string, string | undefined> = {};
beforeAll(() => {
  for (const k of Object.keys(process.env).filter((k) => /_LIMIT_/.test(k))) {
    saved[k] = process.env[k];
    delete process.env[k];
  }
  resetConfigForTests();
});
afterAll(() => {
  Object.assign(process.env, saved);
  resetConfigForTests();
});
beforeEach(() => {
  resetDatabase();
  getDb().insert(users).values({ id: organiser.id, email: organiser.email }).run();
});

/** Three people on one address within a minute, no JavaScript: one email, two flagged rows. */
async function meeting(petitionId = makeOpenPetition().id, clientIp = IP) {
  const petition = getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!;
  const now = Date.now() - 30 * SECOND;
  const outcomes = await Promise.all([0, 1, 2].map((i) => signPetitionGrouped({ petition, data: input(`p${i}@example.org`), locale: i === 2 ? "ru" : "en", clientIp, now: new Date(now + i * 10 * SECOND) })));
  expect(outcomes).toEqual(["new", "flagged", "flagged"]);
  expect(emails()).toHaveLength(1);
  return petition;
}

describe("releasing flagged signatures", () => {
  it("by an address fingerprint with '_' in it (base64url), compared exactly, not as a LIKE pattern", async () => {
    const ip = Array.from({ length: 200 }, (_, i) => `203.0.113.${i}`).find((a) => ipHash(a)!.includes("_"))!;
    const petition = await meeting(undefined, ip);
    const fingerprint = ipHash(ip)!;
    expect(previewRelease(petition, rule(petition.id, { ipFingerprint: fingerprint, intent: "preview", kind: "release" }))).toBe(2);
    expect(previewRelease(petition, rule(petition.id, { ipFingerprint: fingerprint.slice(0, fingerprint.indexOf("_") + 2), intent: "preview", kind: "release" }))).toBe(2);
    // "_" is a single-character wildcard in LIKE: another character in its place must not match.
    expect(previewRelease(petition, rule(petition.id, { ipFingerprint: fingerprint.replace("_", "Q"), intent: "preview", kind: "release" }))).toBe(0);
  });

  it("by rule: preview, release with an email each in the same transaction, audited; they count once confirmed", async () => {
    const petition = await meeting();
    const byAddress = rule(petition.id, { ipFingerprint: ipHash(IP)!, intent: "preview", kind: "release" });
    expect(previewRelease(petition, byAddress)).toBe(2);
    expect(() => releaseByRule(organiser, petition, { ...byAddress, expected: 3 })).toThrowError(AppError); // preview changed
    expect(emails()).toHaveLength(1);
    const result = releaseByRule(organiser, petition, { ...byAddress, intent: "apply", expected: 2 });
    expect(result.affected).toBe(2);
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["pending", "pending", "pending"]);
    const sent = emails();
    expect(sent.map((e) => [e.recipient, e.locale, e.template])).toEqual([
      ["p0@example.org", "en", "confirm-signature"],
      ["p1@example.org", "en", "confirm-signature"],
      ["p2@example.org", "ru", "confirm-signature"],
    ]);
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "signatures.release")).all()).toHaveLength(1);
    expect(countOf(petition.id)).toBe(0); // released is not counted…
    for (const e of sent) expect(confirmSignature(tokenOf(e)).state).toBe("confirmed");
    expect(countOf(petition.id)).toBe(3); // …until confirmed
  });

  it("undo flags them again: unused links die, confirmed ones leave the count; the batch cannot be undone twice", async () => {
    const petition = await meeting();
    const result = releaseByRule(organiser, petition, rule(petition.id, { ipFingerprint: ipHash(IP)!, intent: "apply", kind: "release", expected: "2" }));
    const [, first, second] = emails();
    expect(confirmSignature(tokenOf(first)).state).toBe("confirmed");
    expect(countOf(petition.id)).toBe(1);
    expect(undoBatch(organiser, petition, result.batch.id).restoredConfirmed).toBe(-1);
    expect(countOf(petition.id)).toBe(0);
    expect(rowsOf(petition.id).map((r) => [r.status, r.tokenHash])).toEqual([
      ["pending", expect.any(String)],
      ["flagged", null],
      ["flagged", null],
    ]);
    expect(lookupSignatureToken(tokenOf(second)).state).toBe("invalid");
    expect(confirmSignature(tokenOf(second)).state).toBe("invalid");
    expect(countOf(petition.id)).toBe(0);
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "signatures.unrelease")).all()).toHaveLength(1);
    expect(() => undoBatch(organiser, petition, result.batch.id)).toThrowError(AppError);
    // Released again later, they get fresh links.
    expect(releaseByRule(organiser, petition, rule(petition.id, { ipFingerprint: ipHash(IP)!, intent: "apply", kind: "release", expected: "2" })).affected).toBe(2);
    expect(emails()).toHaveLength(5);
  });

  it("one at a time; a release rule never touches live signatures and an invalidation rule never touches flagged ones", async () => {
    const petition = await meeting();
    const flagged = rowsOf(petition.id).filter((r) => r.status === "flagged");
    releaseOne(organiser, petition, flagged[0].id);
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["pending", "pending", "flagged"]);
    expect(() => releaseOne(organiser, petition, flagged[0].id)).toThrowError(AppError); // no longer flagged
    const all = { emailDomain: "example.org", intent: "apply" };
    expect(invalidateByRule(organiser, petition, rule(petition.id, { ...all, expected: "2" })).affected).toBe(2);
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["invalidated", "invalidated", "flagged"]);
    expect(releaseByRule(organiser, petition, rule(petition.id, { ...all, kind: "release", expected: "1" })).affected).toBe(1);
  });

  it("not on a closed petition (its link could never be used)", async () => {
    const petition = await meeting();
    getDb().update(petitions).set({ status: "closed", closedAt: new Date() }).where(eq(petitions.id, petition.id)).run();
    const closed = { ...petition, status: "closed" as const };
    expect(() => releaseByRule(organiser, closed, rule(petition.id, { ipFingerprint: ipHash(IP)!, intent: "apply", kind: "release", expected: "2" }))).toThrowError(/petition/);
    expect(emails()).toHaveLength(1);
  });

  it("the dashboard groups flagged signatures by address and hour, with counts", async () => {
    const petition = makeOpenPetition();
    const hour = Date.UTC(2026, 2, 1, 12);
    const sign = (email: string, ip: string, ms: number) => signPetitionGrouped({ petition, data: input(email), locale: "en", clientIp: ip, honeypot: true, now: new Date(hour + ms) });
    await sign("a@example.org", IP, 0);
    await sign("b@example.org", IP, 59 * 60 * SECOND);
    await sign("c@example.org", IP, 61 * 60 * SECOND);
    await sign("d@example.org", "203.0.113.5", 5 * SECOND);
    const groups = flaggedGroups(petition.id, { limit: 10, offset: 0 });
    expect(groups.total).toBe(3);
    expect(groups.items.map((g) => [g.ipHash === ipHash(IP) ? "busy" : "other", g.hour.toISOString(), g.n])).toEqual([
      ["busy", "2026-03-01T13:00:00.000Z", 1],
      ["busy", "2026-03-01T12:00:00.000Z", 2],
      ["other", "2026-03-01T12:00:00.000Z", 1],
    ]);
  });
});

describe("retention of flagged signatures", () => {
  it("kept while the petition is open, however old; deleted 30 days after it closes", async () => {
    const petition = await meeting();
    const open = makeOpenPetition();
    await signPetitionGrouped({ petition: open, data: input("bot@example.org"), locale: "en", clientIp: IP, honeypot: true });
    runRetention(new Date(Date.now() + 60 * DAY));
    expect(rowsOf(petition.id).filter((r) => r.status === "flagged")).toHaveLength(2);
    const closedAt = new Date(Date.now() + 61 * DAY);
    getDb().update(petitions).set({ status: "closed", closedAt }).where(eq(petitions.id, petition.id)).run();
    runRetention(new Date(closedAt.getTime() + 30 * DAY - SECOND));
    expect(rowsOf(petition.id).filter((r) => r.status === "flagged")).toHaveLength(2);
    runRetention(new Date(closedAt.getTime() + 30 * DAY + SECOND));
    expect(rowsOf(petition.id).filter((r) => r.status === "flagged")).toHaveLength(0);
    expect(rowsOf(open.id).map((r) => r.status)).toEqual(["flagged"]); // still open: kept
  });

  it("a deadline counts as closing", async () => {
    const deadline = new Date(Date.now() + 10 * SECOND);
    const petition = makeOpenPetition({ deadline });
    await signPetitionGrouped({ petition, data: input("bot@example.org"), locale: "en", clientIp: IP, honeypot: true });
    runRetention(new Date(deadline.getTime() + 29 * DAY));
    expect(rowsOf(petition.id)).toHaveLength(1);
    runRetention(new Date(deadline.getTime() + 31 * DAY));
    expect(rowsOf(petition.id)).toHaveLength(0);
  });
});
