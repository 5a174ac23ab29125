// Proves report-backs and planned actions on a real SQLite file: submit writes the report, its photos
// and the confirmation email in one transaction (or nothing, files included); confirming moves it to
// moderation once; tokens expire; only those allowed may approve, reject, edit or publish.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, getSqlite } from "@/db/client";
import { insertCampaign } from "@/db/queries/campaigns";
import { ensureUser } from "@/db/queries/users";
import { actionReports, auditLog, missions, outbox, plannedActions, reportPhotos, type Campaign } from "@/db/schema";
import type { CampaignRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { SUBMISSION_NOTICE_VERSION } from "@/lib/petitions/consent";
import { decidePlannedAction, proposePlannedAction, savePlannedAction } from "@/lib/submissions/planned-actions/planned-action";
import { confirmSubmission, lookupSubmissionToken } from "@/lib/submissions/confirm";
import { correctReportPlace, decideReport, editReport, removeReportPhoto, reportFromPlannedAction } from "@/lib/submissions/reports/report";
import { submitReport } from "@/lib/submissions/reports/report";
import { runRetention } from "@/lib/retention";
import { hashToken } from "@/lib/security/tokens";
import { uploadFilePath } from "@/lib/uploads/images";
import { plannedActionSchema, proposedActionSchema, reportEditSchema, reportSchema } from "@/lib/validation/reports";
import { resetDatabase } from "../fixtures/db";

const DAY = 24 * 60 * 60 * 1000;
let seq = 0;

function makeCampaign(status: Campaign["status"] = "live"): Campaign {
  seq++;
  return insertCampaign(getDb(), { slug: `reports-${seq}-${Date.now()}`, title: "Solidarity", summary: "S", story: "S", demands: ["Free them"], status });
}
function makeMission(campaign: Campaign): number {
  return getDb().insert(missions).values({ campaignId: campaign.id, hostCountry: "GB", name: "Embassy", addressLines: ["125 Pall Mall", "London"] }).returning().get().id;
}
function actor(campaign: Campaign, role: CampaignRole | null, isAdmin = false) {
  const user = ensureUser(getDb(), `${role ?? "stranger"}-${++seq}@example.org`, { isAdmin });
  return { organiser: { id: user.id, email: user.email, name: null, isAdmin, timeZone: "UTC" }, role, campaign };
}
const reportInput = (extra: Record<string, string> = {}) =>
  reportSchema.parse({
    kind: "letter_delivered",
    actionDate: "2016-05-25",
    city: "London",
    country: "GB",
    account: "We handed in the letter.",
    organisation: "A union branch",
    contactEmail: "Branch@Example.org",
    ...extra,
  });
async function jpeg(): Promise<File> {
  const data = await sharp({ create: { width: 30, height: 20, channels: 3, background: "#b91c1c" } })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "43/1 21/1 0/1" } })
    .jpeg()
    .toBuffer();
  return new File([new Uint8Array(data)], "p.jpg", { type: "image/jpeg" });
}
const reports = () => getDb().select().from(actionReports).all();
const photos = () => getDb().select().from(reportPhotos).all();
const emails = () => getDb().select().from(outbox).all();
const tokenOf = (n = -1) => String(emails().at(n)!.payload.confirmUrl).split("/").pop()!;
const fileOf = (publicPath: string) => uploadFilePath(publicPath.split("/").slice(2))!;
async function codeOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
    return "ok";
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return err.code;
  }
}

describe("submitting a report", () => {
  beforeEach(() => resetDatabase());

  it("writes the unconfirmed report, its photos and the confirmation email together", async () => {
    const campaign = makeCampaign();
    const missionId = makeMission(campaign);
    await submitReport({
      campaign,
      data: reportInput({ missionId: String(missionId), replyText: "They took it." }),
      posted: { photos: [await jpeg(), await jpeg()], reply: await jpeg() },
      locale: "ru",
      clientIp: "203.0.113.9",
    });
    const [report] = reports();
    expect(report).toMatchObject({ status: "unconfirmed", missionId, contactEmail: "Branch@Example.org", locale: "ru", replyText: "They took it." });
    expect(report.ipHash).toBeTruthy();
    expect(report.ipHash).not.toContain("203.0.113.9");
    expect(photos().map((p) => [p.reportId, p.role])).toEqual([
      [report.id, "photo"],
      [report.id, "photo"],
      [report.id, "reply"],
    ]);
    for (const p of photos()) expect(fs.existsSync(fileOf(p.path))).toBe(true);
    const [mail] = emails();
    expect(mail).toMatchObject({ template: "confirm-report", recipient: "Branch@Example.org", locale: "ru" });
    expect(mail.payload).toMatchObject({ kind: "report", campaignTitle: "Solidarity" });
    expect(String(mail.payload.confirmUrl)).toMatch(/^http:\/\/picket\.test\/ru\/reports\/confirm\/[A-Za-z0-9_-]{43}$/);
    expect(report.tokenHash).toBe(hashToken(tokenOf()));
    // The privacy notice the reporter saw, with the language and the time (the consent record).
    expect(report).toMatchObject({ consentVersion: SUBMISSION_NOTICE_VERSION, locale: "ru" });
    expect(report.createdAt).toBeInstanceOf(Date);
  });

  it("writes nothing, and deletes the stored photos, when the transaction fails", async () => {
    const campaign = makeCampaign();
    const sqlite = getSqlite();
    sqlite.exec("create trigger refuse_outbox before insert on outbox begin select raise(abort, 'outbox refused'); end");
    const dir = fileOf("/uploads/reports/" + "0".repeat(32) + ".webp").replace(/[^/]+$/, "");
    const filesBefore = fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
    try {
      await expect(submitReport({ campaign, data: reportInput(), posted: { photos: [await jpeg()] }, locale: "en" })).rejects.toThrow(/outbox refused/);
    } finally {
      sqlite.exec("drop trigger refuse_outbox");
    }
    expect(reports()).toHaveLength(0);
    expect(photos()).toHaveLength(0);
    expect(emails()).toHaveLength(0);
    expect(fs.readdirSync(dir).length).toBe(filesBefore);
  });

  it("refuses a mission of another campaign, a campaign that is not live, and a date in the future", async () => {
    const campaign = makeCampaign();
    const otherMission = makeMission(makeCampaign());
    expect(await codeOf(() => submitReport({ campaign, data: reportInput({ missionId: String(otherMission) }), posted: { photos: [] }, locale: "en" }))).toBe("invalidMission");
    expect(await codeOf(() => submitReport({ campaign: makeCampaign("draft"), data: reportInput(), posted: { photos: [] }, locale: "en" }))).toBe("campaign_not_live");
    expect(reports()).toHaveLength(0);
    const tomorrow = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    const future = reportSchema.safeParse({ ...reportInput(), actionDate: tomorrow });
    expect(future.success ? "ok" : future.error.issues[0].message).toBe("dateInFuture");
    expect(reportSchema.safeParse({ ...reportInput(), actionDate: new Date().toISOString().slice(0, 10) }).success).toBe(true);
    expect(reportSchema.safeParse({ ...reportInput(), actionDate: "2016-02-30" }).success).toBe(false);
  });
});

describe("confirming", () => {
  beforeEach(() => resetDatabase());

  it("looking changes nothing; the button moves the report to moderation, once", async () => {
    const campaign = makeCampaign();
    await submitReport({ campaign, data: reportInput(), posted: { photos: [] }, locale: "en" });
    const token = tokenOf();
    expect(lookupSubmissionToken("report", token).state).toBe("pending");
    expect(reports()[0].status).toBe("unconfirmed");
    expect(confirmSubmission("report", token)).toMatchObject({ state: "accepted", campaignSlug: campaign.slug });
    expect(reports()[0]).toMatchObject({ status: "pending" });
    expect(reports()[0].confirmedAt).toBeInstanceOf(Date);
    // Single use: a second press changes nothing and says so.
    expect(confirmSubmission("report", token).state).toBe("confirmed");
    expect(lookupSubmissionToken("report", token).state).toBe("confirmed");
    expect(reports()[0].status).toBe("pending");
    // A token of one kind does not confirm the other.
    expect(confirmSubmission("plannedAction", token).state).toBe("invalid");
  });

  it("expires after 7 days, and refuses malformed tokens", async () => {
    const campaign = makeCampaign();
    const now = new Date();
    await submitReport({ campaign, data: reportInput(), posted: { photos: [] }, locale: "en", now });
    const token = tokenOf();
    expect(confirmSubmission("report", token, new Date(now.getTime() + 7 * DAY + 1000)).state).toBe("expired");
    expect(reports()[0].status).toBe("unconfirmed");
    expect(confirmSubmission("report", "short").state).toBe("invalid");
    expect(confirmSubmission("report", "x".repeat(43)).state).toBe("invalid");
  });

  it("retention deletes expired unconfirmed reports with their photo files", async () => {
    const campaign = makeCampaign();
    const now = new Date();
    await submitReport({ campaign, data: reportInput(), posted: { photos: [await jpeg()] }, locale: "en", now });
    const [photo] = photos();
    expect(runRetention(new Date(now.getTime() + 6 * DAY)).submissionsDeleted).toBe(0);
    expect(runRetention(new Date(now.getTime() + 8 * DAY)).submissionsDeleted).toBe(1);
    expect(reports()).toHaveLength(0);
    await expect.poll(() => fs.existsSync(fileOf(photo.path))).toBe(false);
  });
});

describe("retention of reviewed reports", () => {
  beforeEach(() => resetDatabase());

  it("deletes rejected reports 90 days after review and erases approved ones' contact email, keeping the report", async () => {
    const campaign = makeCampaign();
    const reviewedAt = new Date();
    for (const decision of ["approve", "reject"] as const) {
      await submitReport({ campaign, data: reportInput({ account: decision }), posted: { photos: [] }, locale: "en" });
      confirmSubmission("report", tokenOf());
      await decideReport(actor(campaign, "moderator"), reports().at(-1)!.id, decision);
    }
    expect(runRetention(new Date(reviewedAt.getTime() + 89 * DAY))).toMatchObject({ submissionsDeleted: 0, contactEmailsErased: 0 });
    expect(runRetention(new Date(reviewedAt.getTime() + 91 * DAY))).toMatchObject({ submissionsDeleted: 1, contactEmailsErased: 1 });
    expect(reports().map((r) => [r.account, r.status, r.contactEmail])).toEqual([["approve", "approved", null]]);
  });
});

describe("moderating reports", () => {
  beforeEach(() => resetDatabase());

  async function pendingReport(campaign: Campaign) {
    await submitReport({ campaign, data: reportInput(), posted: { photos: [await jpeg()] }, locale: "en" });
    confirmSubmission("report", tokenOf());
    return reports().at(-1)!;
  }

  it("owners, editors, moderators and admins may approve or reject; others may not", async () => {
    const campaign = makeCampaign();
    const report = await pendingReport(campaign);
    expect(await codeOf(() => decideReport(actor(campaign, null), report.id, "approve"))).toBe("forbidden");
    expect(reports()[0].status).toBe("pending");
    for (const role of ["owner", "editor", "moderator"] as const) {
      expect(await codeOf(() => decideReport(actor(campaign, role), report.id, "approve"))).toBe("ok");
    }
    expect(await codeOf(() => decideReport(actor(campaign, null, true), report.id, "reject"))).toBe("ok");
    expect(reports()[0].status).toBe("rejected");
    const audit = getDb().select().from(auditLog).all().map((a) => a.action);
    expect(audit).toEqual(["report.approve", "report.approve", "report.approve", "report.reject"]);
  });

  it("emails the author the decision with the reply, in the decision's transaction, once per change", async () => {
    const campaign = makeCampaign();
    const report = await pendingReport(campaign);
    const decisions = () => getDb().select().from(outbox).where(eq(outbox.template, "report-decision")).all();
    // A refused decision writes no email.
    expect(await codeOf(() => decideReport(actor(campaign, null), report.id, "approve", "Nope"))).toBe("forbidden");
    expect(decisions()).toHaveLength(0);
    decideReport(actor(campaign, "moderator"), report.id, "approve", "Thank you, Berlin!");
    decideReport(actor(campaign, "moderator"), report.id, "approve", "Again");
    expect(decisions()).toHaveLength(1);
    decideReport(actor(campaign, "moderator"), report.id, "reject", "We had to take it down.");
    const [approved, declined] = decisions();
    expect(approved.recipient).toBe(report.contactEmail);
    expect(approved.payload).toMatchObject({ decision: "approved", reply: "Thank you, Berlin!", campaignTitle: campaign.title, locale: "en" });
    expect(declined.payload).toMatchObject({ decision: "declined", reply: "We had to take it down." });
  });

  it("stores the city's coordinates at submission; an organiser's correction sticks through text edits", async () => {
    const campaign = makeCampaign();
    const report = await pendingReport(campaign);
    // London, GB (the form's city), from the offline gazetteer.
    expect(report.latitude).toBeCloseTo(51.51, 1);
    expect(report.longitude).toBeCloseTo(-0.13, 1);
    expect(report.placeCorrected).toBe(false);
    correctReportPlace(actor(campaign, "moderator"), report.id, { latitude: 1.5, longitude: 2.5 });
    const data = reportEditSchema.parse({
      kind: "letter_delivered",
      actionDate: "2016-05-25",
      city: "London",
      country: "GB",
      account: "Edited",
      campaignId: String(campaign.id),
      reportId: String(report.id),
    });
    editReport(actor(campaign, "moderator"), report.id, data);
    expect(reports()[0]).toMatchObject({ latitude: 1.5, longitude: 2.5, placeCorrected: true, account: "Edited" });
    correctReportPlace(actor(campaign, "moderator"), report.id, null);
    expect(reports()[0].latitude).toBeCloseTo(51.51, 1);
    expect(reports()[0].placeCorrected).toBe(false);
  });

  it("never moderates an unconfirmed report, nor one of another campaign", async () => {
    const campaign = makeCampaign();
    await submitReport({ campaign, data: reportInput(), posted: { photos: [] }, locale: "en" });
    const unconfirmed = reports()[0];
    expect(await codeOf(() => decideReport(actor(campaign, "owner"), unconfirmed.id, "approve"))).toBe("submission_not_pending");
    const other = makeCampaign();
    const report = await pendingReport(campaign);
    expect(await codeOf(() => decideReport(actor(other, "owner"), report.id, "approve"))).toBe("submission_not_pending");
    expect(getDb().select().from(actionReports).where(eq(actionReports.status, "approved")).all()).toHaveLength(0);
  });

  it("a moderator corrects the text and removes a photo (and its file); a stranger cannot", async () => {
    const campaign = makeCampaign();
    const report = await pendingReport(campaign);
    const edit = reportEditSchema.parse({ ...reportInput({ account: "Corrected account." }), campaignId: String(campaign.id), reportId: String(report.id) });
    expect(await codeOf(() => editReport(actor(campaign, null), report.id, edit))).toBe("forbidden");
    editReport(actor(campaign, "moderator"), report.id, edit);
    expect(reports()[0]).toMatchObject({ account: "Corrected account.", contactEmail: "Branch@Example.org", status: "pending" });

    const [photo] = photos();
    expect(await codeOf(() => removeReportPhoto(actor(campaign, null), report.id, photo.id))).toBe("forbidden");
    await removeReportPhoto(actor(campaign, "moderator"), report.id, photo.id);
    expect(photos()).toHaveLength(0);
    expect(fs.existsSync(fileOf(photo.path))).toBe(false);
    expect(getDb().select().from(auditLog).all().map((a) => a.action)).toEqual(["report.edit", "report.photo.remove"]);
  });
});

describe("planned actions", () => {
  beforeEach(() => resetDatabase());

  const planned = (extra: Record<string, string> = {}) => ({
    title: "Memorial picket",
    startsLocal: "2099-12-16T12:00",
    endsLocal: "2099-12-16T13:00",
    timeZone: "Europe/London",
    place: "125 Pall Mall",
    city: "London",
    country: "GB",
    contact: "London group",
    ...extra,
  });

  it("an activist's proposal is confirmed by email, then moderated; times are stored in UTC", () => {
    const campaign = makeCampaign();
    proposePlannedAction({ campaign, data: proposedActionSchema.parse({ ...planned(), contactEmail: "act@example.org" }), locale: "en" });
    const [row] = getDb().select().from(plannedActions).all();
    expect(row).toMatchObject({ status: "unconfirmed", contactEmail: "act@example.org", timeZone: "Europe/London" });
    expect(row.startsAt.toISOString()).toBe("2099-12-16T12:00:00.000Z");
    expect(emails()[0].payload).toMatchObject({ kind: "plannedAction" });
    expect(String(emails()[0].payload.confirmUrl)).toContain("/en/planned-actions/confirm/");
    expect(confirmSubmission("plannedAction", tokenOf()).state).toBe("accepted");
    expect(getDb().select().from(plannedActions).get()!.status).toBe("pending");
    decidePlannedAction(actor(campaign, "moderator"), row.id, "approve");
    expect(getDb().select().from(plannedActions).get()!.status).toBe("approved");
  });

  it("validates: not in the past when new, end after start, a real zone", () => {
    const issue = (data: Record<string, string>) => {
      const r = proposedActionSchema.safeParse({ ...data, contactEmail: "a@example.org" });
      return r.success ? "ok" : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`).join(",");
    };
    expect(issue(planned({ startsLocal: "2001-01-01T10:00", endsLocal: "" }))).toBe("startsLocal:startsInPast");
    expect(issue(planned({ endsLocal: "2099-12-16T11:00" }))).toBe("endsLocal:endBeforeStart");
    expect(issue(planned({ timeZone: "Mars/Olympus" }))).toBe("timeZone:invalidTimeZone");
    // An organiser may edit a past action (it is a record), but not create one in the past.
    const edit = plannedActionSchema.safeParse({ ...planned({ startsLocal: "2001-01-01T10:00", endsLocal: "" }), campaignId: "1", plannedActionId: "5" });
    expect(edit.success).toBe(true);
  });

  it("organisers' own are approved at once; moderators may not create them; a past one becomes an approved report", async () => {
    const campaign = makeCampaign();
    const data = plannedActionSchema.parse({ ...planned(), campaignId: String(campaign.id) });
    expect(await codeOf(() => savePlannedAction(actor(campaign, "moderator"), data, "en"))).toBe("forbidden");
    const editor = actor(campaign, "editor");
    const id = savePlannedAction(editor, data, "en");
    const row = getDb().select().from(plannedActions).where(eq(plannedActions.id, id)).get()!;
    expect(row).toMatchObject({ status: "approved", createdByUserId: editor.organiser.id, contactEmail: null });

    const fields = reportEditSchema.parse({ ...reportInput({ kind: "protest" }), campaignId: String(campaign.id), reportId: "1" });
    expect(await codeOf(() => reportFromPlannedAction(editor, id, fields, { photos: [] }, "en"))).toBe("action_not_past");
    getDb().update(plannedActions).set({ startsAt: new Date(Date.now() - DAY) }).where(eq(plannedActions.id, id)).run();
    expect(await codeOf(() => reportFromPlannedAction(actor(campaign, "moderator"), id, fields, { photos: [] }, "en"))).toBe("forbidden");
    await reportFromPlannedAction(editor, id, fields, { photos: [await jpeg()] }, "en");
    const [report] = reports();
    expect(report).toMatchObject({ status: "approved", plannedActionId: id, createdByUserId: editor.organiser.id, contactEmail: null, kind: "protest" });
    expect(photos()).toHaveLength(1);
    expect(emails()).toHaveLength(0);
  });
});

describe("the confirmation email", () => {
  it("renders in English and Russian for both kinds, with the link, which is forgotten after delivery", async () => {
    const { redactPayload, renderEmail } = await import("@/lib/mail/templates");
    const url = "http://picket.test/ru/reports/confirm/abc";
    const ru = await renderEmail("confirm-report", { locale: "ru", kind: "report", campaignTitle: "Солидарность", confirmUrl: url });
    expect(ru.subject).toBe("Подтвердите отчёт: Солидарность");
    expect(ru.html).toContain('lang="ru"');
    expect(ru.text).toContain(url);
    const en = await renderEmail("confirm-report", { locale: "en", kind: "plannedAction", campaignTitle: "Solidarity", confirmUrl: url });
    expect(en.subject).toBe("Confirm your planned action: Solidarity");
    expect(en.html).toContain(`href="${url}"`);
    expect(redactPayload("confirm-report", { confirmUrl: url, kind: "report" })).toEqual({ confirmUrl: "[redacted after delivery]", kind: "report" });
  });
});
