// Proves signing and confirming on a real SQLite file: one transaction per fact, one counted signature per person.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "@/db/client";
import { outbox, petitions, signatures } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { CONSENT_VERSION } from "@/lib/petitions/consent";
import { confirmSignature, lookupSignatureToken } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { hashToken } from "@/lib/security/tokens";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const DAY = 24 * 60 * 60 * 1000;
const input = (email: string, extra: Record<string, string> = {}) => signatureSchema.parse({ name: "Dana Signer", email, country: "DE", ...extra });
const rows = (petitionId: number) => getDb().select().from(signatures).where(eq(signatures.petitionId, petitionId)).orderBy(signatures.id).all();
const emails = () => getDb().select().from(outbox).all();
const count = (petitionId: number) => getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!.signatureCount;
const lastToken = () => String(emails().at(-1)!.payload.confirmUrl).split("/").pop()!;

describe("signing", () => {
  beforeEach(() => resetDatabase());

  it("writes one pending signature and its confirmation email together", async () => {
    const petition = makeOpenPetition();
    expect(await signPetitionGrouped({ petition, data: input("dana@example.org"), locale: "ru", clientIp: "203.0.113.9" })).toBe("new");
    expect(rows(petition.id)).toHaveLength(1);
    expect(emails()).toHaveLength(1);
    const [row] = rows(petition.id);
    expect(row).toMatchObject({ status: "pending", consentVersion: CONSENT_VERSION, locale: "ru", email: "dana@example.org" });
    expect(row.ipHash).not.toContain("203.0.113.9");
    expect(row.tokenHash).toMatch(/^[a-f0-9]{64}$/);
    const [mail] = emails();
    expect(mail.template).toBe("confirm-signature");
    expect(String(mail.payload.confirmUrl)).toMatch(/^http:\/\/picket\.test\/ru\/confirm\/[A-Za-z0-9_-]{43}$/);
    expect(row.tokenHash).not.toBe(lastToken());
    expect(count(petition.id)).toBe(0);

    await signPetitionGrouped({ petition, data: input("other@example.org"), locale: "en", clientIp: "203.0.113.9" });
    await signPetitionGrouped({ petition, data: input("third@example.org"), locale: "en", clientIp: "203.0.113.10" });
    await signPetitionGrouped({ petition, data: input("fourth@example.org"), locale: "en" });
    const [, second, third, fourth] = rows(petition.id);
    expect(second.ipHash).toBe(row.ipHash);
    expect(third.ipHash).not.toBe(row.ipHash);
    expect(fourth.ipHash).toBeNull();
  });

  it("mails a link whose token is exactly the one whose hash is stored", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("Link.Check@Example.org"), locale: "en" });
    const [mail] = emails();
    const token = lastToken();
    expect(mail).toMatchObject({ recipient: "Link.Check@Example.org", locale: "en", status: "pending", attempts: 0 });
    expect(mail.payload).toMatchObject({ locale: "en", name: "Dana Signer", petitionTitle: petition.title });
    expect(mail.payload.confirmUrl).toBe(`http://picket.test/en/confirm/${token}`);
    expect(rows(petition.id)[0].tokenHash).toBe(hashToken(token));
    expect(rows(petition.id)[0].email).toBe("Link.Check@Example.org");
  });

  it("writes neither the signature nor the email when either cannot be written", async () => {
    const petition = makeOpenPetition();
    const sqlite = getSqlite();
    sqlite.exec("create trigger refuse_outbox before insert on outbox begin select raise(abort, 'outbox refused'); end");
    try {
      await expect(signPetitionGrouped({ petition, data: input("atomic@example.org"), locale: "en" })).rejects.toThrow(/outbox refused/);
    } finally {
      sqlite.exec("drop trigger refuse_outbox");
    }
    expect(rows(petition.id)).toHaveLength(0);
    expect(emails()).toHaveLength(0);
    expect(await signPetitionGrouped({ petition, data: input("atomic@example.org"), locale: "en" })).toBe("new");
    expect(rows(petition.id)).toHaveLength(1);
  });

  it("an invalidated signer who signs again gets nothing and stays invalidated", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("bot@example.org"), locale: "en" });
    getDb().update(signatures).set({ status: "invalidated" }).where(eq(signatures.petitionId, petition.id)).run();
    expect(await signPetitionGrouped({ petition, data: input("bot@example.org"), locale: "en" })).toBe("ignored");
    expect(emails()).toHaveLength(1);
    expect(rows(petition.id)[0].status).toBe("invalidated");
  });

  it("never makes a second signature for the same person", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("xy@gmail.com"), locale: "en" });
    expect(await signPetitionGrouped({ petition, data: input("X.Y+tag@GMail.com"), locale: "en" })).toBe("pending_resent");
    expect(rows(petition.id)).toHaveLength(1);
    expect(rows(petition.id)[0].email).toBe("xy@gmail.com");
  });

  it("re-signing while pending sends a new link and retires the old one", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("again@example.org"), locale: "en" });
    const first = lastToken();
    await signPetitionGrouped({ petition, data: input("again@example.org"), locale: "en" });
    const second = lastToken();
    expect(emails().map((m) => m.template)).toEqual(["confirm-signature", "confirm-signature"]);
    expect(rows(petition.id)).toHaveLength(1);
    expect(second).not.toBe(first);
    expect(lookupSignatureToken(first).state).toBe("invalid");
    expect(lookupSignatureToken(second).state).toBe("pending");
  });

  it("refuses closed petitions and ones past their deadline, writing nothing", async () => {
    for (const petition of [makeOpenPetition({ status: "closed" }), makeOpenPetition({ deadline: new Date(Date.now() - 1000) })]) {
      try {
        await signPetitionGrouped({ petition, data: input("late@example.org"), locale: "en" });
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        expect((err as AppError).code).toBe("petition_not_open");
      }
      expect(rows(petition.id)).toHaveLength(0);
    }
    expect(emails()).toHaveLength(0);
  });
});

describe("confirming", () => {
  beforeEach(() => resetDatabase());

  it("looking a token up changes nothing; confirming counts once", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("confirm@example.org"), locale: "en" });
    const token = lastToken();
    expect(lookupSignatureToken(token)).toMatchObject({ state: "pending", petitionSlug: petition.slug });
    expect(rows(petition.id)[0].status).toBe("pending");
    expect(count(petition.id)).toBe(0);

    expect(confirmSignature(token).state).toBe("confirmed");
    expect(rows(petition.id)[0].status).toBe("confirmed");
    expect(count(petition.id)).toBe(1);
    expect(confirmSignature(token).state).toBe("confirmed");
    expect(count(petition.id)).toBe(1);
  });

  it("a confirmed signer who signs again is told by email, and nothing is counted", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("twice@example.org"), locale: "en" });
    confirmSignature(lastToken());
    expect(await signPetitionGrouped({ petition, data: input("TWICE@example.org"), locale: "en" })).toBe("already_confirmed");
    expect(emails().map((m) => m.template)).toEqual(["confirm-signature", "already-signed"]);
    expect(rows(petition.id)).toHaveLength(1);
    expect(rows(petition.id)[0].status).toBe("confirmed");
    expect(count(petition.id)).toBe(1);
  });

  it("expired and garbage tokens confirm nothing", async () => {
    const petition = makeOpenPetition();
    const now = new Date();
    await signPetitionGrouped({ petition, data: input("slow@example.org"), locale: "en", now });
    const token = lastToken();
    expect(confirmSignature(token, new Date(now.getTime() + 8 * DAY)).state).toBe("expired");
    expect(lookupSignatureToken(token, new Date(now.getTime() + 8 * DAY)).state).toBe("expired");
    expect(confirmSignature("not-a-token").state).toBe("invalid");
    expect(confirmSignature("A".repeat(43)).state).toBe("invalid");
    expect(lookupSignatureToken("").state).toBe("invalid");
    expect(count(petition.id)).toBe(0);
    expect(rows(petition.id)[0]).toMatchObject({ status: "pending", confirmedAt: null });
    // Still inside the 7 days, the same link works.
    expect(confirmSignature(token, new Date(now.getTime() + 6 * DAY)).state).toBe("confirmed");
    expect(count(petition.id)).toBe(1);
  });

  it("a petition closed after signing counts no late confirmations", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("late@example.org"), locale: "en" });
    getDb().update(petitions).set({ status: "closed" }).where(eq(petitions.id, petition.id)).run();
    expect(confirmSignature(lastToken()).state).toBe("closed");
    expect(count(petition.id)).toBe(0);
    expect(rows(petition.id)[0].status).toBe("pending");
  });

  it("raises the goal when it is reached if asked to", async () => {
    const petition = makeOpenPetition({ goal: 1, autoRaiseGoal: true });
    await signPetitionGrouped({ petition, data: input("goal@example.org"), locale: "en" });
    confirmSignature(lastToken());
    expect(getDb().select().from(petitions).where(eq(petitions.id, petition.id)).get()!.goal).toBe(100);
  });
});

describe("deadlines", () => {
  beforeEach(() => resetDatabase());

  it("a signature made before the deadline is not counted when confirmed after it", async () => {
    const now = new Date();
    const petition = makeOpenPetition({ deadline: new Date(now.getTime() + 60 * 1000) });
    await signPetitionGrouped({ petition, data: input("last-minute@example.org"), locale: "en", now });
    const token = lastToken();
    expect(confirmSignature(token, new Date(now.getTime() + 60 * 60 * 1000)).state).toBe("closed");
    expect(count(petition.id)).toBe(0);
    expect(lookupSignatureToken(token, new Date(now.getTime() + 30 * 1000)).state).toBe("pending");
  });
});
