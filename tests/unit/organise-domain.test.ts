// Proves admins come from ADMIN_EMAILS and admin:add, and a petition marked won tells opted-in signers once.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getCampaignById } from "@/db/queries/campaigns";
import { findUserByEmail } from "@/db/queries/users";
import { auditLog, outbox } from "@/db/schema";
import { resetConfigForTests } from "@/lib/config";
import { addAdmin, syncAdminsFromConfig } from "@/lib/auth/admins";
import { savePetition } from "@/lib/organise/petitions";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { petitionSchema } from "@/lib/validation/organiser";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

beforeEach(() => resetDatabase());
afterEach(() => {
  delete process.env.ADMIN_EMAILS;
  resetConfigForTests();
});

describe("admins", () => {
  it("come from ADMIN_EMAILS, idempotently", () => {
    process.env.ADMIN_EMAILS = "Chair@Example.org, treasurer@example.org";
    resetConfigForTests();
    syncAdminsFromConfig();
    syncAdminsFromConfig();
    expect(findUserByEmail("chair@example.org")?.isAdmin).toBe(true);
    expect(findUserByEmail("treasurer@example.org")?.isAdmin).toBe(true);
    expect(getDb().select().from(auditLog).where(eq(auditLog.action, "admin.add")).all()).toHaveLength(4);
  });

  it("are added by address, and bad addresses are refused", () => {
    expect(addAdmin("new.admin@example.org").isAdmin).toBe(true);
    expect(() => addAdmin("not an email")).toThrow(/Not an email address/);
  });
});

describe("victory", () => {
  it("emails opted-in signers once when a petition is first marked won", async () => {
    const petition = makeOpenPetition();
    const campaign = getCampaignById(petition.campaignId)!;
    const organiser = { id: addAdmin("owner@example.org").id, email: "owner@example.org", name: null, isAdmin: true, timeZone: "UTC" };
    for (const [email, optInUpdates] of [["fan@example.org", "on"], ["quiet@example.org", ""]]) {
      await signPetitionGrouped({ petition, data: signatureSchema.parse({ name: "N", email, country: "GB", optInUpdates }), locale: "en" });
      confirmSignature(String(getDb().select().from(outbox).all().at(-1)!.payload.confirmUrl).split("/").pop()!);
    }
    const won = petitionSchema.parse({
      campaignId: String(campaign.id),
      petitionId: String(petition.id),
      title: petition.title,
      slug: petition.slug,
      addressee: petition.addressee,
      body: petition.body,
      goal: "100",
      status: "won",
      timeZone: "UTC",
      victoryNote: "They were **released**.",
    });
    savePetition(organiser, campaign, won, petition);
    savePetition(organiser, campaign, won, { ...petition, status: "won" });
    const victory = getDb().select().from(outbox).where(eq(outbox.template, "campaign-update")).all();
    expect(victory.map((r) => r.recipient)).toEqual(["fan@example.org"]);
    expect(String(victory[0].payload.bodyHtml)).toContain("<strong>released</strong>");
  });
});

describe("closing a petition", () => {
  it("records when it closed, keeps that moment while it stays closed, and clears it on reopening", () => {
    const petition = makeOpenPetition();
    const campaign = getCampaignById(petition.campaignId)!;
    const organiser = { id: addAdmin("closer@example.org").id, email: "closer@example.org", name: null, isAdmin: true, timeZone: "UTC" };
    const fields = (status: string) =>
      petitionSchema.parse({ campaignId: String(campaign.id), petitionId: String(petition.id), title: petition.title, slug: petition.slug, addressee: petition.addressee, body: petition.body, goal: "100", status, timeZone: "UTC" });
    const closed = savePetition(organiser, campaign, fields("closed"), petition);
    expect(closed.closedAt).toBeInstanceOf(Date);
    const won = savePetition(organiser, campaign, fields("won"), closed);
    expect(won.closedAt).toEqual(closed.closedAt);
    expect(savePetition(organiser, campaign, fields("open"), won).closedAt).toBeNull();
  });
});
