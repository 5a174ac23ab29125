// Proves the abuse guarantees on a real SQLite file with a moved clock and the product's default
// limits: per-address signing windows (stricter without proof of work) flag silently, flagged rows
// are never counted or emailed and give way to the person's real signature, the honeypot flags,
// ALTCHA solutions verify once and replays are refused, the generic windows and the magic-link
// limit, the admin's overrides, retention of events and spent challenges, and (issue #11) the proof-of-work
// level that rises past the limits so people behind one address sign normally with JavaScript.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox, petitions, rateLimitEvents, signatures, spentChallenges } from "@/db/schema";
import { config, resetConfigForTests } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { runRetention } from "@/lib/retention";
import { checkSolution, counterRange, MAX_WORK_LEVEL, newChallenge } from "@/lib/security/altcha";
import { challengeFor } from "@/lib/petitions/sign-challenge";
import { ipHash } from "@/lib/security/keyed-hash";
import { readGuard } from "@/lib/security/form-guard";
import { allowMagicLink, assertSubmissionAllowed, currentLimits, hit, limitOnceGrouped, requiredWorkLevel, updateLimits } from "@/lib/security/limits";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
const T0 = new Date("2026-03-01T12:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const input = (email: string) => signatureSchema.parse({ name: "Abe Abuse", email, country: "DE" });
const rowsOf = (petitionId: number) => getDb().select().from(signatures).where(eq(signatures.petitionId, petitionId)).orderBy(signatures.id).all();
const emails = () => getDb().select().from(outbox).all();
const countOf = (petitionId: number) => getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!.signatureCount;
const IP = "198.51.100.7";

async function solved(level = 0): Promise<string> {
  const challenge = await newChallenge(new Date(), level);
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

const saved: Record<string, string | undefined> = {};
beforeAll(() => {
  // The unit setup raises the limits for other files; this one proves the product defaults.
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
beforeEach(() => resetDatabase());

describe("limits in force", () => {
  it("are the issue's defaults unless an admin overrides them (audited)", () => {
    expect(config().limits).toMatchObject({ signBurst: 1, signSustained: 5, signNoJsBurst: 1, signNoJsSustained: 2, trendingPerHour: 100 });
    updateLimits(null, { ...currentLimits(), signBurst: 3 });
    expect(currentLimits().signBurst).toBe(3);
    expect(currentLimits().signSustained).toBe(5);
  });
});

describe("signing limits per address per petition", () => {
  it("with proof of work: 1 per 60 s burst and 5 per 300 s sustained at the normal work; over it more work is asked, nothing written", async () => {
    const petition = makeOpenPetition();
    const sign = async (n: number, ms: number) => {
      try {
        return await signPetitionGrouped({ petition, data: input(`person${n}@example.org`), locale: "en", clientIp: IP, now: at(ms), ...(await readGuard({ altcha: await solved(), altcha_retry: "1" })) });
      } catch (err) {
        return err instanceof AppError ? err.code : String(err);
      }
    };
    expect(await sign(1, 0)).toBe("new");
    expect(await sign(2, 30 * SECOND)).toBe("more_work"); // burst: a second one within 60 s
    expect(await sign(3, 91 * SECOND)).toBe("new");
    expect(await sign(4, 152 * SECOND)).toBe("new");
    expect(await sign(5, 213 * SECOND)).toBe("new");
    expect(await sign(6, 274 * SECOND)).toBe("new"); // 4 rows in 300 s: the refused one left none
    expect(await sign(7, 290 * SECOND)).toBe("more_work"); // sustained (and burst): 5 rows in 300 s
    expect(await sign(8, 365 * SECOND)).toBe("new"); // the row at 0 s left the window
    const rows = rowsOf(petition.id);
    expect(rows.map((r) => r.status)).toEqual(["pending", "pending", "pending", "pending", "pending", "pending"]);
    expect(emails().map((e) => e.recipient).sort()).toEqual([1, 3, 4, 5, 6, 8].map((n) => `person${n}@example.org`));
    // Another address and another petition have their own budgets.
    expect(await signPetitionGrouped({ petition, data: input("other@example.org"), locale: "en", clientIp: "198.51.100.8", now: at(366 * SECOND) })).toBe("new");
    expect(await signPetitionGrouped({ petition: makeOpenPetition(), data: input("x@example.org"), locale: "en", clientIp: IP, now: at(366 * SECOND) })).toBe("new");
  });

  it("without proof of work: 1 per 120 s and 2 per 600 s", async () => {
    const petition = makeOpenPetition();
    const sign = (n: number, ms: number) => signPetitionGrouped({ petition, data: input(`plain${n}@example.org`), locale: "en", clientIp: IP, now: at(ms) });
    expect(await sign(1, 0)).toBe("new");
    expect(await sign(2, 100 * SECOND)).toBe("flagged");
    // At 121 s the first row left the 120 s window, but 2 rows sit in the 600 s window.
    expect(await sign(3, 121 * SECOND)).toBe("flagged");
    expect(await sign(4, 601 * SECOND)).toBe("flagged"); // rows at 100 and 121 s are still in the 600 s window
    expect(await sign(5, 722 * SECOND)).toBe("new"); // only the row at 601 s remains, and it is over 120 s old
  });

  it("a flagged duplicate of a pending signature changes nothing and sends nothing", async () => {
    const petition = makeOpenPetition();
    expect(await signPetitionGrouped({ petition, data: input("dup@example.org"), locale: "en", clientIp: IP, now: at(0) })).toBe("new");
    expect(await signPetitionGrouped({ petition, data: input("dup@example.org"), locale: "en", clientIp: IP, now: at(SECOND) })).toBe("flagged");
    expect(rowsOf(petition.id)).toHaveLength(1);
    expect(emails()).toHaveLength(1);
  });

  it("a flagged row gives way to the same person's real signature, which then counts once", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("first@example.org"), locale: "en", clientIp: IP, now: at(0) });
    expect(await signPetitionGrouped({ petition, data: input("Real.Person+x@gmail.com"), locale: "en", clientIp: IP, now: at(SECOND) })).toBe("flagged");
    expect(countOf(petition.id)).toBe(0);
    // Later, from elsewhere (or after the window), the same address signs for real.
    expect(await signPetitionGrouped({ petition, data: input("realperson@gmail.com"), locale: "en", clientIp: "203.0.113.50", now: at(2 * SECOND) })).toBe("new");
    const rows = rowsOf(petition.id).filter((r) => r.email.toLowerCase().includes("person"));
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe("pending");
    const token = String(emails().at(-1)!.payload.confirmUrl).split("/").pop()!;
    expect(confirmSignature(token, at(3 * SECOND)).state).toBe("confirmed");
    expect(countOf(petition.id)).toBe(1);
  });

  it("the honeypot flags even the first signature, with the same outcome shape and no email", async () => {
    const petition = makeOpenPetition();
    const guard = await readGuard({ website: "http://spam.example" });
    expect(guard).toEqual({ solution: null, honeypot: true, canRetry: false });
    expect(await signPetitionGrouped({ petition, data: input("bot@example.org"), locale: "en", clientIp: IP, now: at(0), ...guard })).toBe("flagged");
    const form = new FormData();
    form.set("website", "");
    expect((await readGuard(form)).honeypot).toBe(false);
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["flagged"]);
    expect(emails()).toHaveLength(0);
    expect(countOf(petition.id)).toBe(0);
  });
});

describe("ALTCHA", () => {
  it("accepts a solved challenge once; the replay is refused and writes nothing", async () => {
    const petition = makeOpenPetition();
    const payload = await solved();
    const first = await readGuard({ altcha: payload });
    expect(first.solution).not.toBeNull();
    expect(await signPetitionGrouped({ petition, data: input("once@example.org"), locale: "en", clientIp: IP, ...first })).toBe("new");
    expect(getDb().select().from(spentChallenges).all()).toHaveLength(1);
    const again = await readGuard({ altcha: payload }); // still valid on its own…
    let code: string | undefined;
    try {
      await signPetitionGrouped({ petition, data: input("twice@example.org"), locale: "en", clientIp: "203.0.113.77", ...again });
    } catch (err) {
      code = err instanceof AppError ? `${err.code}:${err.field}` : String(err);
    }
    expect(code).toBe("verification_failed:altcha"); // …but spent
    expect(rowsOf(petition.id)).toHaveLength(1);
    expect(emails()).toHaveLength(1);
  });

  it("refuses forged, tampered, expired and malformed payloads on the altcha field; absent means no JavaScript", async () => {
    const codeOf = async (payload: unknown) => {
      try {
        await checkSolution(payload);
        return "ok";
      } catch (err) {
        return err instanceof AppError ? `${err.code}:${err.field}` : String(err);
      }
    };
    expect(await checkSolution(undefined)).toBeNull();
    expect(await checkSolution("")).toBeNull();
    const good = JSON.parse(Buffer.from(await solved(), "base64").toString());
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64");
    expect(await codeOf(b64(good))).toBe("ok");
    expect(await codeOf(b64({ ...good, solution: { ...good.solution, derivedKey: "00".repeat(32) } }))).toBe("verification_failed:altcha");
    expect(await codeOf(b64({ ...good, challenge: { ...good.challenge, parameters: { ...good.challenge.parameters, cost: 1 } } }))).toBe("verification_failed:altcha");
    const expired = await newChallenge(new Date(Date.now() - 10 * 60 * SECOND));
    expect(await codeOf(b64({ challenge: expired, solution: await solveChallenge({ challenge: expired, deriveKey }) }))).toBe("verification_failed:altcha");
    expect(await codeOf("not base64 json")).toBe("verification_failed:altcha");
    expect(await codeOf(42)).toBe("verification_failed:altcha");
  });

  it("challenges expire in a few minutes and are signed with a key from PICKET_SECRET", async () => {
    const challenge = await newChallenge(T0);
    expect(challenge.parameters.expiresAt).toBe(Math.floor(T0.getTime() / 1000) + 300);
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("more work instead of silence (issue #11)", () => {
  it("the work doubles per level and is capped so a phone still solves the hardest in under 10 s", () => {
    expect([0, 1, 2, 3, 4, 9].map(counterRange)).toEqual([
      [750, 1500],
      [1500, 3000],
      [3000, 6000],
      [6000, 10_000],
      [6000, 10_000],
      [6000, 10_000],
    ]);
    expect(MAX_WORK_LEVEL).toBe(3);
  });

  it("the level an address needs rises by one per signature over the limits (flagged rows included), then caps", async () => {
    const petition = makeOpenPetition();
    const level = (ms: number) => requiredWorkLevel(petition.id, ipHash(IP), at(ms));
    const levels: number[] = [];
    for (let i = 0; i < 5; i++) {
      levels.push(level(i * SECOND));
      await signPetitionGrouped({ petition, data: input(`lvl${i}@example.org`), locale: "en", clientIp: IP, now: at(i * SECOND), honeypot: i === 3 });
    }
    expect(levels).toEqual([0, 1, 2, 3, 3]);
    // Five rows in 300 s: after the burst window (one a minute) the sustained one still asks for more.
    expect(level(65 * SECOND)).toBe(1);
    expect(level(305 * SECOND)).toBe(0);
    // Another address and another petition start at 0; no address, no limit.
    expect(requiredWorkLevel(petition.id, ipHash("198.51.100.99"), at(5 * SECOND))).toBe(0);
    expect(requiredWorkLevel(makeOpenPetition().id, ipHash(IP), at(5 * SECOND))).toBe(0);
    expect(requiredWorkLevel(petition.id, null, at(5 * SECOND))).toBe(0);
  });

  it("the challenge for a petition's form carries the level this address needs there, signed", async () => {
    const petition = makeOpenPetition();
    const headers = new Headers({ "x-forwarded-for": IP });
    expect((await challengeFor(petition.slug, headers)).parameters.data).toEqual({ level: 0 });
    await signPetitionGrouped({ petition, data: input("first@example.org"), locale: "en", clientIp: IP });
    await signPetitionGrouped({ petition, data: input("second@example.org"), locale: "en", clientIp: IP });
    expect((await challengeFor(petition.slug, headers)).parameters.data).toEqual({ level: 2 });
    expect((await challengeFor(petition.slug, new Headers({ "x-forwarded-for": "203.0.113.9" }))).parameters.data).toEqual({ level: 0 });
    expect((await challengeFor(null, headers)).parameters.data).toEqual({ level: 0 });
    expect((await challengeFor("no-such-petition", headers)).parameters.data).toEqual({ level: 0 });
  });

  it("three people on one address within a minute, with JavaScript: all sign normally, are emailed and count once confirmed", async () => {
    const petition = makeOpenPetition();
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const required = requiredWorkLevel(petition.id, ipHash(IP), at(i * 10 * SECOND));
      const guard = await readGuard({ altcha: await solved(required) });
      expect(guard.solution?.level).toBe(required);
      outcomes.push(await signPetitionGrouped({ petition, data: input(`meeting${i}@example.org`), locale: "en", clientIp: IP, now: at(i * 10 * SECOND), ...guard }));
    }
    expect(outcomes).toEqual(["new", "new", "new"]);
    expect(emails()).toHaveLength(3);
    for (const e of emails()) confirmSignature(String(e.payload.confirmUrl).split("/").pop()!, at(40 * SECOND));
    expect(countOf(petition.id)).toBe(3);
  });

  it("a solution below the level needed at the moment of signing is refused with more_work, writing nothing; a harder one signs; a raised level cannot be forged", async () => {
    const petition = makeOpenPetition();
    const early = await readGuard({ altcha: await solved(0), altcha_retry: "1" }); // fetched before anyone else signed
    expect(await signPetitionGrouped({ petition, data: input("a@example.org"), locale: "en", clientIp: IP, now: at(0), ...(await readGuard({ altcha: await solved(0) })) })).toBe("new");
    let refusal: unknown;
    try {
      await signPetitionGrouped({ petition, data: input("b@example.org"), locale: "en", clientIp: IP, now: at(SECOND), ...early });
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toMatchObject({ code: "more_work", field: "altcha" });
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["pending"]);
    expect(getDb().select().from(spentChallenges).all()).toHaveLength(1); // the refused one is not spent
    expect(emails()).toHaveLength(1);
    const harder = await readGuard({ altcha: await solved(1) });
    expect(await signPetitionGrouped({ petition, data: input("b@example.org"), locale: "en", clientIp: IP, now: at(2 * SECOND), ...harder })).toBe("new");
    expect(emails()).toHaveLength(2);
    // A client that did not say it can solve a harder challenge is flagged, answered like anyone else.
    const silent = await readGuard({ altcha: await solved(0) });
    expect(silent.canRetry).toBe(false);
    expect(await signPetitionGrouped({ petition, data: input("c@example.org"), locale: "en", clientIp: IP, now: at(3 * SECOND), ...silent })).toBe("flagged");
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["pending", "pending", "flagged"]);
    expect(emails()).toHaveLength(2);
    // Rewriting the level in a solved level-0 challenge breaks its signature.
    const good = JSON.parse(Buffer.from(await solved(0), "base64").toString());
    good.challenge.parameters.data = { level: 3 };
    await expect(checkSolution(Buffer.from(JSON.stringify(good)).toString("base64"))).rejects.toMatchObject({ code: "verification_failed" });
  });
});

describe("sliding windows in rate_limit_events", () => {
  it("allows max events per window, tells when to retry, and slides", async () => {
    const db = getDb();
    for (let i = 0; i < 5; i++) expect(hit(db, "report:abc", 5, 60 * 60 * SECOND, at(i * 60 * SECOND)).allowed).toBe(true);
    const refused = hit(db, "report:abc", 5, 60 * 60 * SECOND, at(30 * 60 * SECOND));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 30 * 60 });
    expect(getDb().select().from(rateLimitEvents).all()).toHaveLength(5); // refusals are not recorded
    expect(hit(db, "report:abc", 5, 60 * 60 * SECOND, at(60 * 60 * SECOND + 1)).allowed).toBe(true);
    expect((await limitOnceGrouped("report:other", 1, 1000)).allowed).toBe(true);
  });

  it("report-backs: 5 an hour per address with proof of work, 2 without; over it a visible rate_limited error", () => {
    const codeOf = (verified: boolean, ms: number) => {
      try {
        assertSubmissionAllowed(getDb(), "report", "hash-a", verified, at(ms));
        return "ok";
      } catch (err) {
        return err instanceof AppError ? err.code : String(err);
      }
    };
    expect([codeOf(false, 0), codeOf(false, SECOND), codeOf(false, 2 * SECOND)]).toEqual(["ok", "ok", "rate_limited"]);
    expect([codeOf(true, 3 * SECOND), codeOf(true, 4 * SECOND), codeOf(true, 5 * SECOND), codeOf(true, 6 * SECOND)]).toEqual(["ok", "ok", "ok", "rate_limited"]);
    expect(codeOf(true, 60 * 60 * SECOND + 1)).toBe("ok"); // the first one left the hour
    assertSubmissionAllowed(getDb(), "planned-action", "hash-a", true, at(7 * SECOND)); // its own budget
  });

  it("sign-in links: 5 per 15 minutes per address and per email", () => {
    for (let i = 0; i < 5; i++) expect(allowMagicLink(IP, `org${i}@example.org`, at(i * SECOND))).toBe(true);
    expect(allowMagicLink(IP, "org9@example.org", at(10 * SECOND))).toBe(false); // address budget spent
    for (let i = 0; i < 5; i++) expect(allowMagicLink(`203.0.113.${i + 1}`, "target@example.org", at(i * SECOND))).toBe(true);
    expect(allowMagicLink("203.0.113.99", "Target@Example.org", at(10 * SECOND))).toBe(false); // email budget spent
    expect(allowMagicLink(IP, "org9@example.org", at(15 * 60 * SECOND + 1))).toBe(true);
  });
});

describe("trending", () => {
  it("lists addresses and email domains with at least N signatures in the last hour (flagged ones included)", async () => {
    const { trendingSources } = await import("@/db/queries/abuse");
    const petition = makeOpenPetition();
    for (let i = 0; i < 4; i++) {
      await signPetitionGrouped({ petition, data: input(`burst${i}@mailinator.test`), locale: "en", clientIp: `203.0.113.${i}`, now: at(i * 10 * 60 * SECOND) });
    }
    // One busy address: 3 signatures, the 2nd and 3rd flagged by the limits; they count as trending too.
    for (let i = 0; i < 3; i++) await signPetitionGrouped({ petition, data: input(`busy${i}@example.org`), locale: "en", clientIp: IP, now: at(i * SECOND) });
    const now = at(45 * 60 * SECOND);
    const since = new Date(now.getTime() - 60 * 60 * SECOND);
    const result = trendingSources(petition.id, since, 3);
    expect(result.domains).toEqual([{ key: "mailinator.test", n: 4 }, { key: "example.org", n: 3 }]);
    expect(result.addresses).toHaveLength(1);
    expect(result.addresses[0].n).toBe(3);
    expect(trendingSources(petition.id, since, 5)).toEqual({ addresses: [], domains: [] });
    // An hour later the burst is no longer trending.
    expect(trendingSources(petition.id, at(2 * 60 * 60 * SECOND), 1)).toEqual({ addresses: [], domains: [] });
  });
});

describe("retention", () => {
  it("keeps flagged signatures of an open petition past 7 days (see flagged-release.test.ts); deletes old events and expired spent challenges", async () => {
    const petition = makeOpenPetition();
    await signPetitionGrouped({ petition, data: input("a@example.org"), locale: "en", clientIp: IP, now: T0 });
    await signPetitionGrouped({ petition, data: input("b@example.org"), locale: "en", clientIp: IP, now: T0, honeypot: true });
    hit(getDb(), "report:x", 5, 60 * 60 * SECOND, T0);
    getDb().insert(spentChallenges).values({ id: "spent", expiresAt: at(300 * SECOND) }).run();
    runRetention(at(7 * DAY - SECOND));
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["pending", "flagged"]);
    runRetention(at(7 * DAY + SECOND));
    // The pending one's link expired; the flagged one waits for an organiser until 30 days after closing.
    expect(rowsOf(petition.id).map((r) => r.status)).toEqual(["flagged"]);
    expect(getDb().select().from(rateLimitEvents).all()).toHaveLength(0);
    expect(getDb().select().from(spentChallenges).all()).toHaveLength(0);
  });
});
