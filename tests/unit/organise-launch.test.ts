// Proves the launch rules: who may put a campaign live, submit it, approve or decline it; and that a
// decision writes the status, the audit entry and the submitter's email together, or nothing.
import { describe, expect, it } from "vitest";
import { getDb, getSqlite } from "@/db/client";
import { insertCampaign, listLiveCampaigns } from "@/db/queries/campaigns";
import { ensureUser, setMembership } from "@/db/queries/users";
import type { Organiser } from "@/lib/auth/session";
import { renderEmail } from "@/lib/mail/templates";
import {
  formStatusOptions,
  mayChangeStatus,
  mayCreateWithStatus,
  mayRequestApproval,
  mayReview,
  type CampaignStatus,
} from "@/lib/organise/campaign-status";
import { reviewCampaign, submitCampaign } from "@/lib/organise/campaign-review";
import { saveCampaign } from "@/lib/organise/campaigns";
import { campaignSchema } from "@/lib/validation/organiser";
import { declineCampaignSchema } from "@/lib/validation/campaign-review";
import { resetDatabase } from "../fixtures/db";

const owner = { role: "owner" as const, isAdmin: false };
const editor = { role: "editor" as const, isAdmin: false };
const moderator = { role: "moderator" as const, isAdmin: false };
const stranger = { role: null, isAdmin: false };
const admin = { role: null, isAdmin: true };
const never = (status: CampaignStatus) => ({ status, approvedAt: null });
const approved = (status: CampaignStatus) => ({ status, approvedAt: new Date(0) });

describe("launch rules", () => {
  it("only an instance admin creates a campaign live; everyone else starts a draft", () => {
    expect(mayCreateWithStatus(admin, "live")).toBe(true);
    for (const s of ["live", "archived", "submitted", "declined"] as const) expect(mayCreateWithStatus({ isAdmin: false }, s)).toBe(false);
    expect(mayCreateWithStatus({ isAdmin: false }, "draft")).toBe(true);
    expect(formStatusOptions(stranger)).toEqual(["draft"]);
    expect(formStatusOptions(admin)).toEqual(["draft", "live", "archived"]);
  });

  it("a campaign never approved goes live only by an admin, whatever role its owner holds", () => {
    for (const from of ["draft", "submitted", "declined"] as const) {
      for (const actor of [owner, editor, moderator, stranger]) expect(mayChangeStatus(actor, never(from), "live")).toBe(false);
      expect(mayChangeStatus(admin, never(from), "live")).toBe(true);
    }
    expect(formStatusOptions(owner, never("draft"))).toEqual(["draft"]);
  });

  it("once approved, its owner takes it down and puts it back up; editors and moderators do not", () => {
    expect(mayChangeStatus(owner, approved("live"), "archived")).toBe(true);
    expect(mayChangeStatus(owner, approved("archived"), "live")).toBe(true);
    expect(mayChangeStatus(owner, approved("draft"), "live")).toBe(true);
    // Live before approvals existed: counts as approved.
    expect(mayChangeStatus(owner, never("archived"), "live")).toBe(true);
    for (const actor of [editor, moderator]) {
      expect(mayChangeStatus(actor, approved("live"), "archived")).toBe(false);
      expect(mayChangeStatus(actor, approved("archived"), "live")).toBe(false);
    }
    expect(mayChangeStatus(editor, approved("live"), "live")).toBe(true);
  });

  it("submitting is the owner's, for a draft or declined campaign never approved; declining is the review's alone", () => {
    expect(mayRequestApproval(owner, never("draft"))).toBe(true);
    expect(mayRequestApproval(owner, never("declined"))).toBe(true);
    expect(mayRequestApproval(owner, never("submitted"))).toBe(false);
    expect(mayRequestApproval(owner, approved("draft"))).toBe(false);
    expect(mayRequestApproval(editor, never("draft"))).toBe(false);
    expect(mayRequestApproval(moderator, never("draft"))).toBe(false);
    expect(mayChangeStatus(admin, never("submitted"), "declined")).toBe(false);
    expect(mayChangeStatus(owner, never("draft"), "submitted")).toBe(true);
    expect(mayChangeStatus(editor, never("draft"), "submitted")).toBe(false);
  });

  it("approving and declining: instance admins only, and only what awaits it", () => {
    expect(mayReview({ isAdmin: true }, { status: "submitted" })).toBe(true);
    expect(mayReview({ isAdmin: true }, { status: "draft" })).toBe(false);
    expect(mayReview({ isAdmin: true }, { status: "declined" })).toBe(false);
    expect(mayReview({ isAdmin: false }, { status: "submitted" })).toBe(false);
  });

  it("a decline needs a reason", () => {
    expect(declineCampaignSchema.safeParse({ campaignId: "1", reason: "  " }).success).toBe(false);
    expect(declineCampaignSchema.safeParse({ campaignId: "1", reason: "Add sources" }).success).toBe(true);
  });
});

function organiser(email: string, isAdmin = false): Organiser {
  const user = getDb().transaction((tx) => ensureUser(tx, email, { isAdmin }));
  return { id: user.id, email: user.email, name: null, isAdmin, timeZone: "UTC" };
}

const form = (slug: string) =>
  campaignSchema.parse({ campaignId: "", title: `Campaign ${slug}`, slug, summary: "S", story: "Story", demands: "Free them", status: "draft" });

describe("submitting and reviewing", () => {
  it("submit → approve: live, audited, the submitter emailed in their language, in one go", async () => {
    resetDatabase();
    const submitter = organiser("submitter@example.org");
    const boss = organiser("boss@example.org", true);
    const campaign = saveCampaign(submitter, form("zhanaozen"));
    expect(campaign.status).toBe("draft");
    submitCampaign(submitter, "owner", campaign.id, "ru");
    const approvedCampaign = reviewCampaign(boss, campaign.id, { approve: true });
    expect(approvedCampaign.status).toBe("live");
    expect(approvedCampaign.approvedAt).toBeInstanceOf(Date);
    expect(listLiveCampaigns({ limit: 10, offset: 0 }).items.map((c) => c.slug)).toEqual(["zhanaozen"]);
    const audit = getSqlite().prepare("select action, actor_user_id as actor from audit_log where entity_id = ? order by id").all(String(campaign.id));
    expect(audit).toEqual([
      { action: "campaign.create", actor: submitter.id },
      { action: "campaign.submit", actor: submitter.id },
      { action: "campaign.approve", actor: boss.id },
    ]);
    const mail = getSqlite().prepare("select template, recipient, locale, payload from outbox where template = 'campaign-review'").all() as {
      recipient: string;
      locale: string;
      payload: string;
    }[];
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipient: "submitter@example.org", locale: "ru" });
    const rendered = await renderEmail("campaign-review", JSON.parse(mail[0].payload));
    expect(rendered.subject).toContain("опубликована");
    expect(rendered.text).toContain("/ru/campaigns/zhanaozen");
  });

  it("decline keeps it hidden, stores and emails the reason; a second decision is refused and writes nothing", async () => {
    resetDatabase();
    const submitter = organiser("submitter@example.org");
    const boss = organiser("boss@example.org", true);
    const campaign = saveCampaign(submitter, form("land"));
    submitCampaign(submitter, "owner", campaign.id, "en");
    const declined = reviewCampaign(boss, campaign.id, { approve: false, reason: "Please cite the arrests." });
    expect(declined).toMatchObject({ status: "declined", declineReason: "Please cite the arrests.", approvedAt: null });
    expect(listLiveCampaigns({ limit: 10, offset: 0 }).total).toBe(0);
    const rendered = await renderEmail(
      "campaign-review",
      JSON.parse((getSqlite().prepare("select payload from outbox where template = 'campaign-review'").get() as { payload: string }).payload),
    );
    expect(rendered.subject).toContain("declined");
    expect(rendered.text).toContain("Please cite the arrests.");
    const before = getSqlite().prepare("select (select count(*) from audit_log) a, (select count(*) from outbox) o").get();
    expect(() => reviewCampaign(boss, campaign.id, { approve: true })).toThrow();
    expect(getSqlite().prepare("select (select count(*) from audit_log) a, (select count(*) from outbox) o").get()).toEqual(before);
    // Not an admin: refused even while it awaits approval.
    submitCampaign(submitter, "owner", campaign.id, "en");
    expect(() => reviewCampaign(submitter, campaign.id, { approve: true })).toThrow();
    expect(() => submitCampaign(organiser("mod@example.org"), "moderator", campaign.id, "en")).toThrow();
  });

  it("a moderator of one campaign cannot start another live", () => {
    resetDatabase();
    const mod = organiser("mod@example.org");
    const theirs = insertCampaign(getDb(), { slug: "theirs", title: "T", summary: "S", story: "S", demands: [], status: "live" });
    getDb().transaction((tx) => setMembership(tx, theirs.id, mod.id, "moderator"));
    expect(mayCreateWithStatus(mod, "live")).toBe(false);
    expect(formStatusOptions({ role: null, isAdmin: mod.isAdmin })).toEqual(["draft"]);
  });
});
