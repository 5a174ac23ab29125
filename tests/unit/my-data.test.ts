// Proves "my data" on a real SQLite file: the link goes only where records exist (with the same answer
// either way), finds records under other spellings of the address, works once and for an hour; the
// export holds everything; unsubscribe-all ends every subscription; erasing is one transaction that
// leaves every petition's counter equal to its confirmed rows and nothing for the address.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "@/db/client";
import { suppressEmail } from "@/db/queries/suppressions";
import { storeMailboxMessage } from "@/db/queries/mailbox";
import { actionReports, dataAccessTokens, emailSuppressions, mailboxMessages, outbox, petitions, plannedActions, signatures, type Petition } from "@/db/schema";
import { confirmSignature } from "@/lib/petitions/confirm";
import { CONSENT_VERSION } from "@/lib/petitions/consent";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import {
  collectMyData,
  dataSubjectFor,
  eraseMyData,
  exportMyData,
  isDataLinkLive,
  MY_DATA_LIMITS,
  openDataLink,
  requestDataLink,
  unsubscribeEverything,
} from "@/lib/my-data/my-data";
import { runRetention } from "@/lib/retention";
import { emailFingerprint } from "@/lib/security/keyed-hash";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

const MINUTE = 60 * 1000;
const db = () => getDb();
const outboxTo = (template: string) => db().select().from(outbox).where(eq(outbox.template, template)).all();

/** Signs (and, unless told otherwise, confirms) through the real signing path. */
async function sign(petition: Petition, email: string, opts: { confirm?: boolean; optIn?: boolean; locale?: string; city?: string } = {}) {
  const data = signatureSchema.parse({
    name: "Dana Smith",
    email,
    country: "DE",
    city: opts.city ?? "Berlin",
    comment: "Free them",
    optInUpdates: opts.optIn ? "on" : undefined,
  });
  await signPetitionGrouped({ petition, data, locale: opts.locale ?? "en" });
  if (opts.confirm === false) return;
  const url = String(db().select().from(outbox).where(eq(outbox.template, "confirm-signature")).all().at(-1)!.payload.confirmUrl);
  expect(confirmSignature(url.split("/").pop()!).state).toBe("confirmed");
}

/** Asks for the link, takes the token from the queued email, presses the button: the session's subject. */
function openSession(email: string, now = new Date()) {
  expect(requestDataLink({ email, locale: "en", now })).toBe("sent");
  const token = String(outboxTo("my-data-link").at(-1)!.payload.linkUrl).split("/").pop()!;
  const opened = openDataLink(token, now);
  expect(opened).not.toBeNull();
  return dataSubjectFor(opened!.sessionToken, now)!;
}

const countOf = (id: number) => db().select().from(petitions).where(eq(petitions.id, id)).get()!.signatureCount;
const confirmedRows = (id: number) =>
  db().select().from(signatures).where(eq(signatures.petitionId, id)).all().filter((s) => s.status === "confirmed").length;

function addReport(campaignId: number, contactEmail: string, status: "unconfirmed" | "approved") {
  return db()
    .insert(actionReports)
    .values({ campaignId, kind: "protest", actionDate: "2026-05-01", city: "Riga", country: "LV", account: "We stood outside.", organisation: "Friends", contactEmail, locale: "en", status, tokenHash: `hash-${Math.random()}`, tokenExpiresAt: new Date(Date.now() + 7 * 24 * 60 * MINUTE) })
    .returning()
    .get();
}

function addPlannedAction(campaignId: number, contactEmail: string, status: "unconfirmed" | "approved") {
  return db()
    .insert(plannedActions)
    .values({ campaignId, title: "Picket at the embassy", startsAt: new Date("2026-06-01T10:00:00Z"), timeZone: "Europe/Riga", place: "Embassy", city: "Riga", country: "LV", contact: "Friends", contactEmail, locale: "ru", status, tokenHash: `hash-${Math.random()}`, tokenExpiresAt: new Date(Date.now() + 7 * 24 * 60 * MINUTE) })
    .returning()
    .get();
}

describe("asking for the link", () => {
  beforeEach(() => resetDatabase());

  it("sends a link only when something is held, and the answer does not say which", async () => {
    const petition = makeOpenPetition();
    await sign(petition, "dana@example.org");
    expect(requestDataLink({ email: "nobody@example.org", locale: "en" })).toBe("nothing");
    expect(outboxTo("my-data-link")).toHaveLength(0);
    expect(db().select().from(dataAccessTokens).all()).toHaveLength(0);

    expect(requestDataLink({ email: "Dana@Example.org", locale: "ru" })).toBe("sent");
    const [mail] = outboxTo("my-data-link");
    expect(mail).toMatchObject({ recipient: "Dana@Example.org", locale: "ru" });
    expect(String(mail.payload.linkUrl)).toMatch(/^http:\/\/picket\.test\/ru\/my-data\/[A-Za-z0-9_-]{43}$/);
    const [row] = db().select().from(dataAccessTokens).all();
    // Only the hash is stored.
    expect(String(mail.payload.linkUrl)).not.toContain(row.tokenHash);
    expect(row.emailFingerprint).toBe(emailFingerprint("dana@example.org"));
  });

  it("finds records kept under the raw address alone (a report-back), without any signature", () => {
    const petition = makeOpenPetition();
    addReport(petition.campaignId, "Reporter@Example.org", "approved");
    expect(requestDataLink({ email: "reporter@example.org", locale: "en" })).toBe("sent");
  });

  it("limits requests per address and per client address in a sliding hour, whether or not records exist", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    for (let i = 0; i < MY_DATA_LIMITS.perAddress; i++) expect(requestDataLink({ email: "unknown@example.org", locale: "en", now })).toBe("nothing");
    expect(requestDataLink({ email: "Unknown@Example.org", locale: "en", now })).toBe("limited");
    expect(requestDataLink({ email: "unknown@example.org", locale: "en", now: new Date(now.getTime() + 61 * MINUTE) })).toBe("nothing");

    for (let i = 0; i < MY_DATA_LIMITS.perIp; i++) {
      expect(requestDataLink({ email: `person${i}@example.org`, locale: "en", clientIp: "203.0.113.7", now })).toBe("nothing");
    }
    expect(requestDataLink({ email: "fresh@example.org", locale: "en", clientIp: "203.0.113.7", now })).toBe("limited");
    expect(requestDataLink({ email: "fresh@example.org", locale: "en", clientIp: "203.0.113.8", now })).toBe("nothing");
    // The keys are keyed hashes, never an address.
    const keys = getSqlite().prepare("select distinct key from rate_limit_events").all() as { key: string }[];
    expect(keys.some((k) => k.key.includes("@") || k.key.includes("203.0.113"))).toBe(false);
  });
});

describe("the link and its session", () => {
  beforeEach(() => resetDatabase());

  it("works once, only for an hour; the session it opens lasts 30 minutes", async () => {
    const petition = makeOpenPetition();
    await sign(petition, "dana@example.org");
    const now = new Date();
    requestDataLink({ email: "dana@example.org", locale: "en", now });
    const token = String(outboxTo("my-data-link")[0].payload.linkUrl).split("/").pop()!;
    // Looking (the page's GET, or a mail scanner) spends nothing.
    expect(isDataLinkLive(token, now)).toBe(true);
    expect(isDataLinkLive(token, now)).toBe(true);
    expect(isDataLinkLive(token, new Date(now.getTime() + 61 * MINUTE))).toBe(false);

    const opened = openDataLink(token, now)!;
    expect(opened).not.toBeNull();
    expect(openDataLink(token, now)).toBeNull();
    expect(isDataLinkLive(token, now)).toBe(false);
    expect(dataSubjectFor(opened.sessionToken, new Date(now.getTime() + 29 * MINUTE))?.emailFingerprint).toBe(emailFingerprint("dana@example.org"));
    expect(dataSubjectFor(opened.sessionToken, new Date(now.getTime() + 31 * MINUTE))).toBeNull();
    expect(dataSubjectFor("not-a-token")).toBeNull();
    expect(openDataLink("x".repeat(43), now)).toBeNull();

    requestDataLink({ email: "dana@example.org", locale: "en", now });
    const late = String(outboxTo("my-data-link").at(-1)!.payload.linkUrl).split("/").pop()!;
    expect(openDataLink(late, new Date(now.getTime() + 61 * MINUTE))).toBeNull();
  });
});

describe("collecting the records", () => {
  beforeEach(() => resetDatabase());

  it("finds signatures under another spelling of the same mailbox, as canonicalisation defines it", async () => {
    const a = makeOpenPetition();
    const b = makeOpenPetition();
    await sign(a, "danasmith@gmail.com");
    await sign(b, "dana.smith@example.org");
    // Gmail ignores dots and +tags: the same mailbox.
    const gmail = openSession("Dana.Smith+x@Gmail.com");
    expect(collectMyData(gmail, { signatures: 1, emails: 1 }).signatures.items.map((s) => s.email)).toEqual(["danasmith@gmail.com"]);
    // Other domains: case and +tags are ignored by default (the admin's rules), dots are not.
    const other = openSession("Dana.Smith+petitions@Example.ORG");
    expect(collectMyData(other, { signatures: 1, emails: 1 }).signatures.total).toBe(1);
    expect(requestDataLink({ email: "danasmith@example.org", locale: "en" })).toBe("nothing");
    // Emails to the address the signature was made with belong to the person too.
    const data = collectMyData(gmail, { signatures: 1, emails: 1 });
    expect(data.emails.items.map((e) => e.recipient)).toEqual(expect.arrayContaining(["danasmith@gmail.com", "Dana.Smith+x@Gmail.com"]));
    expect(data.emails.items[0]).not.toHaveProperty("payload");
  });

  it("paginates signatures 20 to a page", async () => {
    for (let i = 0; i < 23; i++) await sign(makeOpenPetition(), "many@example.org");
    const subject = openSession("many@example.org");
    expect(collectMyData(subject, { signatures: 1, emails: 1 }).signatures).toMatchObject({ total: 23 });
    expect(collectMyData(subject, { signatures: 1, emails: 1 }).signatures.items).toHaveLength(20);
    expect(collectMyData(subject, { signatures: 2, emails: 1 }).signatures.items).toHaveLength(3);
  });

  it("exports every record, with each consent's version, language and time, and no one-time link", async () => {
    const petition = makeOpenPetition();
    await sign(petition, "dana@example.org", { optIn: true, locale: "ru", city: "Tallinn" });
    addReport(petition.campaignId, "dana@example.org", "approved");
    addPlannedAction(petition.campaignId, "DANA@example.org", "approved");
    suppressEmail(db(), emailFingerprint("dana@example.org"), "complaint");
    const subject = openSession("dana@example.org");
    const exported = JSON.parse(JSON.stringify(exportMyData(subject)));
    expect(exported.email).toBe("dana@example.org");
    expect(exported.signatures).toHaveLength(1);
    const [s] = exported.signatures;
    expect(s).toMatchObject({
      petitionTitle: petition.title,
      status: "confirmed",
      name: "Dana Smith",
      country: "DE",
      city: "Tallinn",
      comment: "Free them",
      nameDisplay: "first_country",
      optInUpdates: true,
      consent: { version: CONSENT_VERSION, language: "ru" },
    });
    expect(s.consent.givenAt).toBe(s.signedAt);
    expect(new Date(s.confirmedAt).getTime()).toBeGreaterThan(0);
    expect(exported.reportBacks).toMatchObject([{ kind: "protest", city: "Riga", contactEmail: "dana@example.org", status: "approved" }]);
    expect(exported.announcedActions).toMatchObject([{ title: "Picket at the embassy", contactEmail: "DANA@example.org" }]);
    expect(exported.emails.map((e: { template: string }) => e.template).sort()).toEqual(["confirm-signature", "my-data-link"]);
    expect(JSON.stringify(exported)).not.toMatch(/confirmUrl|linkUrl|\/confirm\/|\/my-data\//);
    expect(exported.suppression).toMatchObject({ reason: "complaint" });
  });
});

describe("unsubscribing from everything", () => {
  beforeEach(() => resetDatabase());

  it("turns off every update subscription of the address, across campaigns, and says how many", async () => {
    const a = makeOpenPetition();
    const b = makeOpenPetition();
    const c = makeOpenPetition();
    await sign(a, "dana@gmail.com", { optIn: true });
    await sign(b, "d.a.n.a@gmail.com", { optIn: true });
    await sign(c, "dana@gmail.com");
    await sign(a, "other@example.org", { optIn: true });
    const subject = openSession("dana@gmail.com");
    expect(collectMyData(subject, { signatures: 1, emails: 1 }).subscriptions).toBe(2);
    expect(unsubscribeEverything(subject)).toBe(2);
    expect(unsubscribeEverything(subject)).toBe(0);
    const rows = db().select().from(signatures).all();
    expect(rows.filter((r) => r.optInUpdates).map((r) => r.email)).toEqual(["other@example.org"]);
    // The signatures themselves stay counted.
    expect(countOf(a.id)).toBe(2);
    expect(countOf(b.id)).toBe(1);
  });
});

describe("erasing everything", () => {
  beforeEach(() => resetDatabase());

  async function scene() {
    const a = makeOpenPetition();
    const b = makeOpenPetition();
    await sign(a, "dana@example.org", { optIn: true });
    await sign(b, "Dana@Example.org", { confirm: false });
    await sign(a, "other@example.org");
    await sign(b, "third@example.org");
    const report = addReport(a.campaignId, "dana@example.org", "approved");
    const pendingReport = addReport(a.campaignId, "dana@example.org", "unconfirmed");
    const action = addPlannedAction(a.campaignId, "Dana@example.org", "approved");
    const otherReport = addReport(a.campaignId, "other@example.org", "approved");
    storeMailboxMessage({ recipient: "dana@example.org", sender: "picket@test", subject: "Confirm", text: "t", html: "h", idempotencyKey: "k1", createdAt: new Date() });
    storeMailboxMessage({ recipient: "other@example.org", sender: "picket@test", subject: "Confirm", text: "t", html: "h", idempotencyKey: "k2", createdAt: new Date() });
    suppressEmail(db(), emailFingerprint("dana@example.org"), "bounce");
    return { a, b, report, pendingReport, action, otherReport };
  }

  it("removes the address's records in one go, keeps every counter equal to its confirmed rows, and a second erase finds nothing", async () => {
    const { a, b, report, pendingReport, action, otherReport } = await scene();
    expect([countOf(a.id), countOf(b.id)]).toEqual([2, 1]);
    const subject = openSession("dana@example.org");

    const erased = eraseMyData(subject);
    expect(erased).toMatchObject({ signatures: 2, countedSignatures: 1, mailboxMessages: 1, reports: 2, plannedActions: 1 });
    expect(erased.emails).toBeGreaterThanOrEqual(3);
    for (const p of [a, b]) expect(countOf(p.id)).toBe(confirmedRows(p.id));
    expect([countOf(a.id), countOf(b.id)]).toEqual([1, 1]);

    const all = JSON.stringify([
      db().select().from(signatures).all(),
      db().select().from(outbox).all(),
      db().select().from(mailboxMessages).all(),
      db().select().from(actionReports).all(),
      db().select().from(plannedActions).all(),
      db().select().from(dataAccessTokens).all(),
    ]).toLowerCase();
    expect(all).not.toContain("dana@example.org");
    expect(db().select().from(signatures).where(eq(signatures.emailFingerprint, subject.emailFingerprint)).all()).toHaveLength(0);
    // The public report stays, without the email; the other person's is untouched.
    const reportAfter = db().select().from(actionReports).where(eq(actionReports.id, report.id)).get()!;
    expect(reportAfter).toMatchObject({ status: "approved", contactEmail: null, account: "We stood outside." });
    expect(db().select().from(plannedActions).where(eq(plannedActions.id, action.id)).get()).toMatchObject({ status: "approved", contactEmail: null });
    expect(db().select().from(actionReports).where(eq(actionReports.id, otherReport.id)).get()!.contactEmail).toBe("other@example.org");
    // The unconfirmed report can no longer be confirmed; retention deletes it on its next pass.
    expect(db().select().from(actionReports).where(eq(actionReports.id, pendingReport.id)).get()!.tokenHash).toBeNull();
    runRetention(new Date(Date.now() + MINUTE));
    expect(db().select().from(actionReports).where(eq(actionReports.id, pendingReport.id)).get()).toBeUndefined();
    // The suppression entry stays: it protects the person from further mail.
    expect(db().select().from(emailSuppressions).all()).toHaveLength(1);
    // The session is gone with the tokens; a second erase finds nothing, and a new request sends nothing.
    expect(dataSubjectFor("x".repeat(43))).toBeNull();
    expect(eraseMyData(subject)).toEqual({ signatures: 0, countedSignatures: 0, emails: 0, mailboxMessages: 0, reports: 0, plannedActions: 0 });
    expect(requestDataLink({ email: "dana@example.org", locale: "en" })).toBe("nothing");
  });

  it("changes nothing when any step fails", async () => {
    const { a, b } = await scene();
    const subject = openSession("dana@example.org");
    const before = JSON.stringify([db().select().from(signatures).all(), db().select().from(petitions).all(), db().select().from(outbox).all()]);
    getSqlite().exec("create temp trigger refuse_mailbox_delete before delete on mailbox_messages begin select raise(abort, 'refused'); end;");
    try {
      expect(() => eraseMyData(subject)).toThrow(/refused/);
    } finally {
      getSqlite().exec("drop trigger refuse_mailbox_delete");
    }
    expect(JSON.stringify([db().select().from(signatures).all(), db().select().from(petitions).all(), db().select().from(outbox).all()])).toBe(before);
    expect([countOf(a.id), countOf(b.id)]).toEqual([2, 1]);
  });
});
