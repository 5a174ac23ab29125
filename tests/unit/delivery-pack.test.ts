// Proves the delivery pack reads as a document to hand in: a one-page cover letter (addressee, numbered
// demands, totals by country, the sender and where to reply), then one continuous table of the named
// signers with public comments only when opted in, a footer "page N of M" on every page; and that each
// confirmed, named signer is listed once as they chose, and no signer can add lines to it.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getCampaignById } from "@/db/queries/campaigns";
import { iteratePackSigners } from "@/db/queries/signature-export";
import { confirmedByCountry } from "@/db/queries/signature-reads";
import { insertSignature } from "@/db/queries/signatures";
import { campaigns, outbox, petitions } from "@/db/schema";
import { deliveryPackStream } from "@/lib/delivery/delivery-pack";
import { confirmSignature } from "@/lib/petitions/confirm";
import { signPetitionGrouped } from "@/lib/petitions/sign";
import { signatureSchema } from "@/lib/validation/signature";
import { makeOpenPetition, resetDatabase } from "../fixtures/db";

/** The pack's text, one string per page. PACK_OUT=dir also writes the PDF there, to look at. */
async function packPages(petitionId: number, locale = "en", name = "pack"): Promise<string[]> {
  const petition = getDb().select().from(petitions).where(eq(petitions.id, petitionId)).get()!;
  const stream = deliveryPackStream({
    petition,
    campaign: getCampaignById(petition.campaignId)!,
    byCountry: confirmedByCountry(petitionId),
    signers: iteratePackSigners(petitionId),
    locale,
    now: new Date("2026-06-01T12:00:00Z"),
  });
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  if (process.env.PACK_OUT) fs.writeFileSync(`${process.env.PACK_OUT}/${name}.pdf`, bytes);
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: false });
  return text;
}

async function sign(petition: ReturnType<typeof makeOpenPetition>, fields: Record<string, string>, confirm = true) {
  await signPetitionGrouped({ petition, data: signatureSchema.parse({ country: "DE", ...fields }), locale: "en" });
  if (confirm) confirmSignature(String(getDb().select().from(outbox).all().at(-1)!.payload.confirmUrl).split("/").pop()!);
}

function dressCampaign(campaignId: number) {
  getDb()
    .update(campaigns)
    .set({
      title: "Free the Zhanaozen oil workers",
      demands: ["Release everyone arrested before the protests and drop all charges", "Release all political prisoners", "Respect the right to peaceful assembly"],
      senderName: "Maria Keller",
      senderOrganisation: "Kazakhstan Solidarity Committee",
      replyEmail: "replies@solidarity.example.org",
    })
    .where(eq(campaigns.id, campaignId))
    .run();
}

describe("delivery pack", () => {
  beforeEach(() => resetDatabase());

  it("lists confirmed signers as they chose, and a name cannot forge extra signers", async () => {
    const petition = makeOpenPetition();
    await sign(petition, { name: "Dana Signer\n2. Forged — France\n3. Fake — Spain", email: "dana@example.org", nameDisplay: "full", city: "Kiel" });
    await sign(petition, { name: "Aigerim Nurlanovna", email: "aigerim@example.org", nameDisplay: "first_country", country: "KZ" });
    await sign(petition, { name: "Hidden Person", email: "hidden@example.org", nameDisplay: "anonymous" });
    await sign(petition, { name: "Pending Person", email: "pending@example.org", nameDisplay: "full" }, false);

    const text = (await packPages(petition.id)).slice(1).join("\n");
    const listed = text.match(/^\s*\d+\. .+$/gm) ?? [];
    // The forged numbers stay inside the first signer's name cell (wrapped in the narrow column), never a row of their own.
    expect(listed.map((l) => l.trim().replace(/ .*/, ""))).toEqual(["1.", "2."]);
    expect(listed[0]).toMatch(/^\s*1\. Dana Signer/);
    expect(text).toMatch(/Kiel, Germany/);
    expect(listed[1].trim()).toBe("2. Aigerim Kazakhstan");
    expect(text).not.toMatch(/Hidden Person|Pending Person|Nurlanovna/);
  });

  it("has a one-page cover letter with numbered demands, totals by country and the sender's contact; 5 signatures make 2 pages", async () => {
    const petition = makeOpenPetition({ addressee: "H.E. the Ambassador of the Republic of Kazakhstan", title: "Free the jailed oil workers" });
    dressCampaign(petition.campaignId);
    const people = [
      ["Dana Weber", "DE", "Berlin"],
      ["Sam Okafor", "GB", "Leeds"],
      ["Ruth Lind", "SE", "Malmö"],
      ["Jonas Brandt", "DE", "Hamburg"],
      ["Asel Kim", "KZ", ""],
    ];
    for (const [name, country, city] of people)
      await sign(petition, { name, email: `${name.split(" ")[0].toLowerCase()}@example.org`, country, city, nameDisplay: "full" });

    const pages = await packPages(petition.id, "en", "pack-5");
    expect(pages).toHaveLength(2);
    const cover = pages[0];
    expect(cover).toContain("H.E. the Ambassador of the Republic of Kazakhstan");
    expect(cover).toContain("June 1, 2026");
    expect(cover).toMatch(/1\.\s*Release everyone arrested before the protests and drop all charges/);
    expect(cover).toMatch(/2\.\s*Release all political prisoners/);
    expect(cover).toMatch(/3\.\s*Respect the right to peaceful assembly/);
    expect(cover).toContain("Confirmed online: 5 signatures.");
    expect(cover).toMatch(/By country: Germany 2 · (United Kingdom|Sweden|Kazakhstan) 1/);
    expect(cover).toContain("in 4 countries");
    expect(cover).toContain("Maria Keller");
    expect(cover).toContain("Kazakhstan Solidarity Committee");
    expect(cover).toMatch(/Please send your reply to\s+replies@solidarity.example.org/);
    expect(cover).not.toMatch(/Dana Weber/);
    expect(pages[1]).toMatch(/Signatories/);
    for (const [name] of people) expect(pages[1]).toContain(name);
    pages.forEach((p, i) => expect(p).toContain(`Free the jailed oil workers — page ${i + 1} of 2`));
  });

  it("runs one continuous table over many pages, with the footer on each, in Russian too", async () => {
    const petition = makeOpenPetition({
      addressee: "Посольство Республики Казахстан",
      title: "Свободу нефтяникам",
      body: Array.from({ length: 5 }, (_, i) => `Абзац ${i + 1}. 16 декабря 2011 года в Жанаозене полиция открыла огонь по бастующим нефтяникам и их сторонникам. Активистов после этого посадили, сообщалось о пытках; требования независимого расследования не выполнены.`).join("\n\n"),
    });
    dressCampaign(petition.campaignId);
    const countries = ["DE", "GB", "SE", "KZ", "FR", "CA", "AU", "IN", "RU", "PL"];
    const db = getDb();
    for (let i = 0; i < 300; i++) {
      insertSignature(db, {
        petitionId: petition.id,
        name: i % 3 === 0 ? `Айгерим Нурланова ${i}` : `Signer Number ${i}`,
        email: `s${i}@example.org`,
        emailFingerprint: `fp${i}`,
        country: countries[i % countries.length],
        city: i % 2 ? "Almaty" : null,
        nameDisplay: i % 7 === 0 ? "anonymous" : i % 2 ? "full" : "first_country",
        comment: i % 10 === 0 ? `Comment number ${i}: solidarity from our branch, we will picket the embassy on Friday.` : null,
        commentPublic: i % 20 === 0,
        consentVersion: "1",
        locale: "en",
        status: "confirmed",
        confirmedAt: new Date(1_700_000_000_000 + i * 1000),
      });
    }
    db.update(petitions).set({ signatureCount: 300 }).where(eq(petitions.id, petition.id)).run();
    const pages = await packPages(petition.id, "ru", "pack-300");
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]).toContain("Подтверждено онлайн: 300 подписей.");
    expect(pages[0]).toContain("Германия 30");
    pages.forEach((p, i) => expect(p).toContain(`Свободу нефтяникам — страница ${i + 1} из ${pages.length}`));
    // The table's header on every page after the cover; the numbering continues from page to page.
    for (const p of pages.slice(1)) expect(p).toMatch(/№\s+Имя/);
    const numbers = pages
      .slice(1)
      .join("\n")
      .match(/^\s*(\d+)\. /gm)!
      .map((n) => Number(n.trim().slice(0, -1)));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("keeps the cover to one page: a petition text too long for it is shortened there and printed whole in an annex", async () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: the strikers demanded fair pay and the right to organise.`).join("\n\n");
    const petition = makeOpenPetition({ body, title: "Long one" });
    dressCampaign(petition.campaignId);
    await sign(petition, { name: "Only Signer", email: "only@example.org", nameDisplay: "full" });
    const pages = await packPages(petition.id, "en", "pack-long");
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain("(the full text is in the annex)");
    expect(pages[0]).toMatch(/1\.\s*Release everyone arrested/);
    expect(pages[0]).toContain("Yours faithfully,");
    expect(pages[1]).toContain("Only Signer");
    expect(pages[2]).toContain("Annex: the full text of the petition");
    expect(pages.at(-1)).toContain("Paragraph 40:");
  });

  it("shows a comment only when its author made it public and no moderator hid it", async () => {
    const petition = makeOpenPetition();
    await sign(petition, { name: "Open Commenter", email: "open@example.org", nameDisplay: "full", comment: "Public words of support", commentPublic: "on" });
    await sign(petition, { name: "Quiet Commenter", email: "quiet@example.org", nameDisplay: "full", comment: "Private note to the organisers" });
    await sign(petition, { name: "Hidden Commenter", email: "hid@example.org", nameDisplay: "full", comment: "Moderated away", commentPublic: "on" });
    await sign(petition, { name: "Anon Commenter", email: "anon@example.org", nameDisplay: "anonymous", comment: "Anonymous solidarity", commentPublic: "on" });
    getDb()
      .update((await import("@/db/schema")).signatures)
      .set({ commentHidden: true })
      .where(eq((await import("@/db/schema")).signatures.email, "hid@example.org"))
      .run();

    const text = (await packPages(petition.id)).join("\n");
    expect(text).toContain("Public words of support");
    expect(text).toContain("Anonymous solidarity");
    expect(text).toContain("(anonymous)");
    expect(text).not.toContain("Anon Commenter");
    expect(text).not.toContain("Private note to the organisers");
    expect(text).not.toContain("Moderated away");
    expect(text).toContain("Quiet Commenter");
  });
});
