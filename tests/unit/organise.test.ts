// Proves the organiser building blocks: signed unsubscribe tokens, safe CSV, self-raising goals, opted-in recipients only.
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listUpdateRecipients } from "@/db/queries/signature-updates";
import { csvCell, csvLine } from "@/lib/export/csv";
import { nextGoal } from "@/lib/petitions/goal";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/security/unsubscribe";
import { signatureSchema } from "@/lib/validation/signature";
import { slugify } from "@/lib/validation/organiser";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

describe("unsubscribe tokens", () => {
  it("round-trip and refuse tampering", () => {
    const token = unsubscribeToken(7, "fingerprint_abc");
    expect(readUnsubscribeToken(token)).toEqual({ campaignId: 7, emailFingerprint: "fingerprint_abc" });
    expect(readUnsubscribeToken(token.replace("7.", "8."))).toBeNull();
    expect(readUnsubscribeToken(`${token}x`)).toBeNull();
    expect(readUnsubscribeToken("a.b")).toBeNull();
    expect(readUnsubscribeToken(undefined)).toBeNull();
  });
});

describe("CSV", () => {
  it("quotes and defuses formulas", () => {
    expect(csvCell('say "hi", friend')).toBe('"say ""hi"", friend"');
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+7 700 000")).toBe("'+7 700 000");
    expect(csvCell(null)).toBe("");
    expect(csvLine([1, "a\nb"])).toBe('1,"a\nb"\r\n');
  });
});

describe("goals and slugs", () => {
  it("raise along 1-2-5 steps", () => {
    expect([0, 99, 100, 150, 200, 499, 500, 999, 1000, 4999].map(nextGoal)).toEqual([100, 100, 200, 200, 500, 500, 1000, 1000, 2000, 5000]);
  });
  it("make readable slugs from any title", () => {
    expect(slugify("Свободу Жанаозену!")).toBe("svobodu-zhanaozenu");
    expect(slugify("  Free the Zhanaozen 16 ")).toBe("free-the-zhanaozen-16");
  });
});

describe("update recipients", () => {
  it("are confirmed signers who opted in, once each", async () => {
    resetDatabase();
    const petition = makeOpenPetition();
    const sign = async (email: string, optInUpdates: string) => {
      await signPetitionGrouped({ petition, data: signatureSchema.parse({ name: "N", email, country: "GB", optInUpdates }), locale: "en" });
      const rows = getDb().query.outbox.findMany().sync();
      return String(rows.at(-1)!.payload.confirmUrl).split("/").pop()!;
    };
    confirmSignature(await sign("yes@example.org", "on"));
    confirmSignature(await sign("no@example.org", ""));
    await sign("pending@example.org", "on");
    expect(listUpdateRecipients({ campaignId: petition.campaignId }).map((r) => r.email)).toEqual(["yes@example.org"]);
  });
});

describe("lists that grow are read a page at a time", () => {
  it("campaigns and news come back in pages with their totals", async () => {
    resetDatabase();
    const { listLiveCampaigns } = await import("@/db/queries/campaigns");
    const { insertNewsUpdate, listNewsForCampaign } = await import("@/db/queries/news");
    const petitions = Array.from({ length: 3 }, () => makeOpenPetition());
    const page1 = listLiveCampaigns({ limit: 2, offset: 0 });
    const page2 = listLiveCampaigns({ limit: 2, offset: 2 });
    expect(page1.total).toBe(3);
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    expect(new Set([...page1.items, ...page2.items].map((c) => c.id)).size).toBe(3);

    const campaignId = petitions[0].campaignId;
    for (let i = 0; i < 5; i++) insertNewsUpdate(getDb(), { campaignId, title: `N${i}`, body: "b", publishedAt: new Date(Date.UTC(2026, 0, i + 1)) });
    const news = listNewsForCampaign(campaignId, { limit: 2, offset: 2 });
    expect(news.total).toBe(5);
    expect(news.items.map((n) => n.title)).toEqual(["N2", "N1"]);
  });
});
