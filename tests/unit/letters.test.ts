// Proves letter templates refuse misspelt merge fields, and that one letter model gives the same letter as preview, text, PDF and Word.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { unzipSync, strFromU8 } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listMissionsForCampaign } from "@/db/queries/missions";
import { letterTemplates, type LetterTemplate, type Mission } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { LetterPreview } from "@/components/letters/letter-preview";
import { composeLetter, parseSignatories, type Letter } from "@/lib/letters/compose";
import { letterDocx } from "@/lib/letters/docx";
import { composeRequestedLetter } from "@/lib/letters/letter";
import { closestField, mergeProblems } from "@/lib/letters/merge-fields";
import { paperFor } from "@/lib/letters/paper";
import { letterPdf } from "@/lib/letters/pdf";
import { letterRequestSchema, letterTemplateSchema } from "@/lib/letters/schemas";
import { letterMailto, letterPlainText } from "@/lib/letters/text";
import { parseErrorCode } from "@/lib/validation/error-params";
import { resetDatabase } from "../fixtures/db";

const OTTAWA = ["150 Metcalfe Street, Suites 1603-1604", "Ottawa, ON K2P 1P1"];
const SENDER = "Priya Nair-Whitfield";

const validTemplate = {
  campaignId: "1",
  title: "Free them",
  purpose: "Ask the ambassador.",
  language: "en",
  recipientKind: "embassy",
  subject: "Release the detained",
  salutation: "Dear {{recipient.name}},",
  body: "On {{ date }} we, {{sender.name}}, write to you.",
  signOff: "Yours sincerely,",
  status: "published",
};

function errorOf(field: string, input: Record<string, string>) {
  const result = letterTemplateSchema.safeParse(input);
  expect(result.success).toBe(false);
  const issue = result.error!.issues.find((i) => i.path[0] === field)!;
  return parseErrorCode(issue.message);
}

describe("merge fields", () => {
  it("accepts known fields, with or without inner spaces", () => {
    expect(letterTemplateSchema.safeParse(validTemplate).success).toBe(true);
    expect(mergeProblems("{{ recipient.title }} {{sender.city}}")).toEqual([]);
  });

  it("refuses a misspelt field in the body, naming it and suggesting the closest one", () => {
    const { code, params } = errorOf("body", { ...validTemplate, body: "Dear {{recipient.nmae}}, we write." });
    expect(code).toBe("mergeFieldUnknownSuggest");
    expect(params).toEqual({ field: "{{recipient.nmae}}", suggestion: "{{recipient.name}}" });
  });

  it("suggests for other typos too, and not for nonsense", () => {
    expect(closestField("sender_name")).toBe("sender.name");
    expect(closestField("Recipient.Title")).toBe("recipient.title");
    expect(closestField("sendr.orgnisation")).toBe("sender.organisation");
    expect(closestField("city")).toBe("sender.city");
    expect(closestField("favourite.colour")).toBeUndefined();
    expect(errorOf("subject", { ...validTemplate, subject: "{{favourite.colour}}" }).code).toBe("mergeFieldUnknown");
  });

  it("refuses unclosed, unopened and single braces", () => {
    expect(errorOf("salutation", { ...validTemplate, salutation: "Dear {{recipient.name," }).code).toBe("mergeFieldUnclosed");
    expect(errorOf("signOff", { ...validTemplate, signOff: "Yours, sender.name}}" }).code).toBe("mergeFieldUnopened");
    expect(errorOf("body", { ...validTemplate, body: "From {sender.name}" })).toEqual({
      code: "mergeFieldSingleBraces",
      params: { field: "{sender.name}", suggestion: "{{sender.name}}" },
    });
  });
});

describe("composing a letter", () => {
  let english: LetterTemplate;
  let ottawa: Mission;
  let berlin: Mission;

  beforeAll(() => {
    resetDatabase();
    seedDemo(new Date("2026-05-20T10:00:00Z"));
    english = getDb().select().from(letterTemplates).all().find((t) => t.language === "en")!;
    const missions = listMissionsForCampaign(english.campaignId);
    ottawa = missions.find((m) => m.hostCountry === "CA")!;
    berlin = missions.find((m) => m.hostCountry === "DE")!;
  });

  const request = (fields: Record<string, string>) =>
    letterRequestSchema.parse({ recipient: "CA", senderName: SENDER, senderOrganisation: "Unite Ottawa Branch", senderRole: "Secretary", date: "2026-05-26", ...fields });

  it("addresses the demo letter to the Ottawa embassy from the directory, on US Letter", () => {
    const { letter, mission } = composeRequestedLetter(english, request({ coSignatories: "Liam O'Connor, Chair, Ottawa Students' Union, Local 41" }));
    expect(mission?.id).toBe(ottawa.id);
    expect(letter.recipientLines).toEqual(["Mr Konstantin Zhigalov", "Ambassador of the Republic of Kazakhstan to Canada", "Embassy of the Republic of Kazakhstan", ...OTTAWA, "Canada"]);
    expect(letter.salutation).toBe("Your Excellency,");
    expect(letter.date).toBe("May 26, 2026");
    expect(letter.paper).toBe("LETTER");
    expect(letter.senderLines[0]).toBe("Unite Ottawa Branch");
    expect(letter.signatories).toEqual([
      { name: SENDER, role: "Secretary", organisation: "Unite Ottawa Branch" },
      { name: "Liam O'Connor", role: "Chair", organisation: "Ottawa Students' Union, Local 41" },
    ]);
    expect(letterPlainText(letter)).toContain("Trade unionists and human-rights supporters in Canada and around the world");
    const london = composeRequestedLetter(english, request({ recipient: "GB" })).letter;
    expect(letterPlainText(london)).toContain("supporters in the United Kingdom and around the world");
    expect(london.date).toBe("26 May 2026");
  });

  it("uses A4 for Germany, and a neutral salutation when the directory knows no name or title", () => {
    const { letter } = composeRequestedLetter(english, request({ recipient: "DE" }));
    expect(letter.paper).toBe("A4");
    expect(letter.salutation).toBe("Dear Sir or Madam,");
    expect(letter.recipientLines[0]).toBe(berlin.name);
  });

  it("in a template's own salutation, falls back to the title when the name is missing; prints a custom recipient's country", () => {
    const { letter } = composeRequestedLetter(
      { ...english, salutation: "Dear {{recipient.name}}," },
      request({ recipient: "custom", recipientTitle: "Minister of Foreign Affairs", recipientAddress: "1 Example Road\nMexico City", recipientCountry: "MX" }),
    );
    expect(letter.salutation).toBe("Dear Minister of Foreign Affairs,");
    // Posted in Mexico (no sender country given): the country line in Spanish.
    expect(letter.recipientLines).toEqual(["Minister of Foreign Affairs", "1 Example Road", "Mexico City", "México"]);
    expect(letter.paper).toBe("LETTER");
    const both = composeLetter({
      template: { ...english, salutation: "Dear {{recipient.title}} {{recipient.name}} ," },
      recipient: { title: "Ambassador", addressLines: [] },
      sender: { name: "A", addressLines: [] },
      date: new Date(),
    });
    expect(both.salutation).toBe("Dear Ambassador,");
  });

  it("prints what the sender typed as plain text: no Markdown, no HTML, no extra lines", () => {
    const letter = composeLetter({
      template: { ...english, body: "From **{{sender.name}}** of {{sender.organisation}}." },
      recipient: { addressLines: [] },
      sender: { name: "*Bob* <script>alert(1)</script>\n\n# Heading", organisation: "[Union](javascript:alert(1))", addressLines: [] },
      date: new Date(),
    });
    expect(letter.blocks).toEqual([
      {
        kind: "paragraph",
        runs: [
          { text: "From " },
          { text: "*Bob* <script>alert(1)</script> # Heading", bold: true },
          { text: " of [Union](javascript:alert(1))." },
        ],
      },
    ]);
    const html = renderToStaticMarkup(createElement(LetterPreview, { letter }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript');
  });

  it("reads co-signatories as name, role, organisation lines", () => {
    expect(parseSignatories("Ann Lee, Chair, Unite, London\n\nBo\n")).toEqual([
      { name: "Ann Lee", role: "Chair", organisation: "Unite, London" },
      { name: "Bo", role: undefined, organisation: undefined },
    ]);
  });

  it("makes the plain text line for line what the preview shows", () => {
    const { letter } = composeRequestedLetter(english, request({ senderAddress: "12 Bank Street\nOttawa" }));
    const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);
    const html = renderToStaticMarkup(createElement(LetterPreview, { letter }));
    const previewText = html
      .replace(/<br\s*\/?>/g, "\n")
      .replace(/<\/(div|p)>/g, "\n")
      .replace(/<[^>]+>/g, "")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    expect(lines(previewText)).toEqual(lines(letterPlainText(letter)));
    expect(lines(letterPlainText(letter))).toContain("• release all political prisoners;");
  });

  it("makes a mailto link with the subject and the letter, and an address only when the entry has one", () => {
    const { letter } = composeRequestedLetter(english, request({}));
    const { href } = letterMailto(letter);
    const url = new URL(href);
    expect(url.pathname).toBe("");
    expect(url.searchParams.get("subject")).toBe(english.subject);
    expect(url.searchParams.get("body")).toContain("Your Excellency,\r\n");
    expect(letterMailto({ ...letter, recipientEmail: "embassy@example.org" }).href).toMatch(/^mailto:embassy@example\.org\?subject=/);
  });

  async function pdfOf(letter: Letter) {
    const pdf = await getDocumentProxy(new Uint8Array(await letterPdf(letter, "Test")));
    const { text } = await extractText(pdf, { mergePages: true });
    const page = await pdf.getPage(1);
    return { text, size: page.view.slice(2).map(Math.round) };
  }

  it("prints the PDF with the recipient's address lines, the sender's name and the date, on the right paper", async () => {
    const { letter } = composeRequestedLetter(english, request({}));
    const { text, size } = await pdfOf(letter);
    for (const line of [...OTTAWA, SENDER, "May 26, 2026", "Your Excellency,"]) expect(text).toContain(line);
    expect(size).toEqual([612, 792]);
    const german = await pdfOf(composeRequestedLetter(english, request({ recipient: "DE" })).letter);
    expect(german.size).toEqual([595, 842]);
    expect(german.text).toContain("13156 Berlin");
  });

  it("prints Cyrillic in the PDF", async () => {
    const russian = getDb().select().from(letterTemplates).all().find((t) => t.language === "ru")!;
    const { letter } = composeRequestedLetter(russian, request({ senderName: "Ольга Петрова" }));
    expect(letter.date).toBe("26 мая 2026 г.");
    const { text } = await pdfOf(letter);
    expect(text).toContain("Ольга Петрова");
    expect(text).toContain("Ваше Превосходительство,");
  });

  it("writes the same letter to Word, on the same paper", async () => {
    const { letter } = composeRequestedLetter(english, request({}));
    const files = unzipSync(new Uint8Array(await letterDocx(letter, "Test")));
    const xml = strFromU8(files["word/document.xml"]);
    for (const line of [...OTTAWA, SENDER, "May 26, 2026"]) expect(xml).toContain(`>${line}</w:t>`);
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it("chooses US Letter only for the countries that use it", () => {
    expect(["US", "CA", "MX", "PH"].map(paperFor)).toEqual(["LETTER", "LETTER", "LETTER", "LETTER"]);
    expect(["DE", "GB", "KZ", "AU", undefined].map(paperFor)).toEqual(["A4", "A4", "A4", "A4", "A4"]);
  });
});
