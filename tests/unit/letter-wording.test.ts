/**
 * Letters an embassy takes seriously: salutations by form of address, countries as a sentence of
 * the letter's language writes them, dates by language and the sender's country, one address
 * block, a mailto link that stays short, and the PDF's page rules — for every seeded country in
 * English and Russian. Set LETTER_PDF_DIR to keep the PDFs (to look at them with pdftoppm).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listMissionsForCampaign } from "@/db/queries/missions";
import { letterTemplates, type LetterTemplate, type Mission } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { recipientAddressBlock } from "@/lib/letters/address";
import { composeLetter, type Letter } from "@/lib/letters/compose";
import { countryInSentence, postalLanguage } from "@/lib/letters/country-names";
import { formatLetterDate } from "@/lib/letters/dates";
import { letterDocx } from "@/lib/letters/docx";
import { composeRequestedLetter, shortEmailLines } from "@/lib/letters/letter";
import { letterPdf } from "@/lib/letters/pdf";
import { russianCase } from "@/lib/letters/russian-cases";
import { defaultAddressForm, salutationFor } from "@/lib/letters/salutations";
import { letterRequestSchema } from "@/lib/letters/schemas";
import { letterEmailBody, letterMailto, letterPlainText, MAILTO_SAFE_LENGTH } from "@/lib/letters/text";
import { resetDatabase } from "../fixtures/db";

const DAY = new Date("2026-12-03T12:00:00Z");

describe("salutations", () => {
  it("follows diplomatic usage for each form of address, in English, Russian and Kazakh", () => {
    expect(["excellency", "ambassador", "charge", "neutral"].map((f) => salutationFor("en", f as never))).toEqual([
      "Your Excellency,",
      "Dear Ambassador,",
      "Dear Chargé d'affaires,",
      "Dear Sir or Madam,",
    ]);
    expect(["excellency", "ambassador", "charge", "neutral"].map((f) => salutationFor("ru", f as never))).toEqual([
      "Ваше Превосходительство,",
      "Уважаемый господин Посол,",
      "Уважаемый временный поверенный в делах,",
      "Уважаемые дамы и господа,",
    ]);
    expect(salutationFor("kk", "ambassador")).toBe("Құрметті Елші мырза,");
    expect(salutationFor("de", "ambassador")).toBe("Dear Ambassador,"); // no table: English, like the rest of the frame
  });

  it("reads the form from the entry's kind, name and title when the directory does not store one", () => {
    expect(defaultAddressForm("embassy", "H.E. Mr Magzhan Ilyassov", null)).toBe("excellency");
    expect(defaultAddressForm("embassy", "Mr Konstantin Zhigalov", "Ambassador of the Republic of Kazakhstan to Canada")).toBe("ambassador");
    expect(defaultAddressForm("embassy", "Ms A. Example", "Chargé d'affaires a.i.")).toBe("charge");
    expect(defaultAddressForm("consulate", "Mr B. Example", "Consul General")).toBe("consulGeneral");
    expect(defaultAddressForm("embassy", null, null)).toBe("neutral");
    expect(defaultAddressForm("company", "Jane Doe", null)).toBe("neutral");
  });

  it("uses the stored form, and the template's own salutation overrides it", () => {
    const base = { language: "en", subject: "S", body: "B", signOff: "Yours sincerely," };
    const recipient = { name: "Mr Konstantin Zhigalov", title: "Ambassador", addressLines: [] };
    const sender = { name: "A", addressLines: [] };
    const compose = (salutation: string, addressForm?: "excellency" | "charge", language = "en") =>
      composeLetter({ template: { ...base, language, salutation }, recipient: { ...recipient, addressForm }, sender, date: DAY, recipientKind: "embassy" }).salutation;
    expect(compose("{{recipient.salutation}}", "excellency")).toBe("Your Excellency,");
    expect(compose("{{recipient.salutation}}")).toBe("Dear Ambassador,");
    expect(compose("{{recipient.salutation}}", "charge", "ru")).toBe("Уважаемый временный поверенный в делах,");
    expect(compose("Dear friends,", "excellency")).toBe("Dear friends,");
    expect(compose("Dear {{recipient.name}},", "excellency")).toBe("Dear Mr Konstantin Zhigalov,");
  });
});

describe("country names in sentences", () => {
  it("gives English names their article where a sentence needs one", () => {
    expect(["GB", "NL", "US", "PH", "AE", "DE", "CA", "AU", "SG", "KZ"].map((c) => countryInSentence(c, "en"))).toEqual([
      "the United Kingdom",
      "the Netherlands",
      "the United States",
      "the Philippines",
      "the United Arab Emirates",
      "Germany",
      "Canada",
      "Australia",
      "Singapore",
      "Kazakhstan",
    ]);
    expect(countryInSentence("CD", "en")).toBe("the Democratic Republic of the Congo"); // not CLDR's menu label "Congo - Kinshasa"
  });

  it("declines Russian names for the case merge fields", () => {
    expect(["GB", "DE", "CA", "AU", "SG"].map((c) => countryInSentence(c, "ru", "prepositional"))).toEqual([
      "Великобритании",
      "Германии",
      "Канаде",
      "Австралии",
      "Сингапуре",
    ]);
    expect(countryInSentence("KZ", "ru", "genitive")).toBe("Казахстана");
    expect(russianCase("Соединенные Штаты", "prepositional")).toBe("Соединенных Штатах");
    expect(russianCase("Нидерланды", "genitive")).toBe("Нидерландов");
    expect(russianCase("Филиппины", "genitive")).toBe("Филиппин");
    expect(russianCase("Республика Корея", "prepositional")).toBe("Республике Корея");
    expect(russianCase("Марокко", "prepositional")).toBe("Марокко"); // indeclinable
    expect(countryInSentence("DE", "en", "prepositional")).toBe("Germany"); // the case fields are Russian only
  });

  it("fills {{recipient.country.prepositional}} in a Russian template", () => {
    const letter = composeLetter({
      template: { language: "ru", subject: "Тема", salutation: "{{recipient.salutation}}", body: "Сторонники в {{recipient.country.prepositional}} и {{recipient.country}}.", signOff: "С уважением," },
      recipient: { addressLines: [], country: "GB" },
      sender: { name: "Ольга", addressLines: [] },
      date: DAY,
    });
    expect(letterPlainText(letter)).toContain("Сторонники в Великобритании и Великобритания.");
  });
});

describe("dates", () => {
  it("writes the date in the letter's language, as the sender's country writes it", () => {
    expect(formatLetterDate(DAY, "en", "GB")).toBe("3 December 2026");
    expect(formatLetterDate(DAY, "en", "US")).toBe("December 3, 2026");
    expect(formatLetterDate(DAY, "en", "AU")).toBe("3 December 2026");
    expect(formatLetterDate(DAY, "en")).toBe("3 December 2026");
    expect(formatLetterDate(DAY, "en", "KZ")).toBe("3 December 2026"); // no en-KZ data: not the US order
    expect(formatLetterDate(DAY, "ru", "DE")).toBe("3 декабря 2026 г.");
    expect(formatLetterDate(DAY, "kk", "KZ")).toBe("2026 ж. 3 желтоқсан");
  });
});

describe("the address block", () => {
  const berlin = { organisation: "Embassy of the Republic of Kazakhstan, consular section", addressLines: ["Nordendstraße 14-17", "13156 Berlin", "Germany"], country: "DE" };

  it("prints the country once, in the language of the country the letter is posted in", () => {
    expect(recipientAddressBlock(berlin)).toEqual([berlin.organisation, "Nordendstraße 14-17", "13156 Berlin", "Deutschland"]);
    expect(recipientAddressBlock({ ...berlin, postedIn: "GB" }).at(-1)).toBe("Germany");
    expect(recipientAddressBlock({ ...berlin, addressLines: [...berlin.addressLines.slice(0, 2), "Германия"], postedIn: "KZ" }).at(-1)).toBe("Германия");
    expect(postalLanguage("DE")).toBe("de");
  });

  it("drops repeated lines", () => {
    const lines = recipientAddressBlock({ name: "Embassy of Kazakhstan", organisation: "Embassy of Kazakhstan", addressLines: ["125 Pall Mall", "125 Pall Mall", "London SW1Y 5EA", "UNITED KINGDOM"], country: "GB" });
    expect(lines).toEqual(["Embassy of Kazakhstan", "125 Pall Mall", "London SW1Y 5EA", "United Kingdom"]);
  });
});

describe("every seeded country, in English and Russian", () => {
  let templates: Record<"en" | "ru", LetterTemplate>;
  let missions: Mission[];
  const dir = process.env.LETTER_PDF_DIR;

  beforeAll(() => {
    resetDatabase();
    seedDemo(new Date("2026-05-20T10:00:00Z"));
    const all = getDb().select().from(letterTemplates).all();
    templates = { en: all.find((t) => t.language === "en")!, ru: all.find((t) => t.language === "ru")! };
    missions = listMissionsForCampaign(templates.en.campaignId);
    if (dir) mkdirSync(dir, { recursive: true });
  });

  const request = (recipient: string, senderName: string, extra: Record<string, string> = {}) =>
    letterRequestSchema.parse({ recipient, senderName, senderOrganisation: "Solidarity Group", senderRole: "Secretary", date: "2026-12-03", ...extra });

  const EXPECTED = {
    CA: { en: ["Your Excellency,", "December 3, 2026", "supporters in Canada"], ru: ["Ваше Превосходительство,", "3 декабря 2026 г.", "правозащитники в Канаде"], country: "Canada" },
    GB: { en: ["Your Excellency,", "3 December 2026", "supporters in the United Kingdom"], ru: ["Ваше Превосходительство,", "3 декабря 2026 г.", "правозащитники в Великобритании"], country: "United Kingdom" },
    DE: { en: ["Dear Sir or Madam,", "3 December 2026", "supporters in Germany"], ru: ["Уважаемые дамы и господа,", "3 декабря 2026 г.", "правозащитники в Германии"], country: "Deutschland" },
    AU: { en: ["Dear Sir or Madam,", "3 December 2026", "supporters in Australia"], ru: ["Уважаемые дамы и господа,", "3 декабря 2026 г.", "правозащитники в Австралии"], country: undefined },
  } as const;

  for (const language of ["en", "ru"] as const) {
    it(`words and dates the ${language} letter right for each country, with one address block`, () => {
      const countries = [...new Set(missions.map((m) => m.hostCountry))];
      expect(countries.sort()).toEqual(["AU", "CA", "DE", "GB"]);
      for (const country of countries) {
        const { letter } = composeRequestedLetter(templates[language], request(country, "Ann Example"));
        const expected = EXPECTED[country as keyof typeof EXPECTED];
        const [salutation, date, phrase] = expected[language];
        expect(letter.salutation, country).toBe(salutation);
        expect(letter.date, country).toBe(date);
        expect(letterPlainText(letter), country).toContain(phrase);
        const lower = letter.recipientLines.map((l) => l.toLowerCase());
        expect(new Set(lower).size, country).toBe(lower.length);
        if (expected.country) expect(letter.recipientLines.filter((l) => /^(canada|united kingdom|germany|deutschland|германия|великобритания|канада|australia|австралия)$/i.test(l))).toEqual([expected.country]);
        expect(letterPlainText(letter)).not.toMatch(/Dear (Mr|H\.E\.)|\bin United Kingdom|Уважаемый господин посол!/);
      }
    });
  }

  async function pages(letter: Letter, name?: string): Promise<string[]> {
    const bytes = await letterPdf(letter, "Test");
    if (dir && name) writeFileSync(path.join(dir, `${name}.pdf`), bytes);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
    return text;
  }

  it("keeps the sign-off and the sender's name on one page, numbers the later pages, and never leaves a page of names alone", async () => {
    const coSignatories = Array.from({ length: 14 }, (_, i) => `Co-signer ${i + 1}, Branch secretary, Union local ${i + 1}`).join("\n");
    const cases: [string, string, Record<string, string>][] = [];
    for (const country of ["CA", "GB", "DE", "AU"]) for (const language of ["en", "ru"]) cases.push([country, language, {}]);
    cases.push(["GB", "en", { coSignatories }], ["DE", "ru", { coSignatories }]);
    for (const [country, language, extra] of cases) {
      const template = templates[language as "en" | "ru"];
      const { letter } = composeRequestedLetter(template, request(country, "Ann Example", extra));
      const name = `${country}-${language}${extra.coSignatories ? "-cosigners" : ""}`;
      const text = await pages(letter, name);
      const closing = text.findIndex((p) => p.includes(letter.signOff));
      expect(closing, name).toBeGreaterThanOrEqual(0);
      expect(text[closing], name).toContain("Ann Example");
      expect(text[closing], name).toMatch(/Solidarity Group/);
      // No page of names alone: every page with a co-signatory also has the sign-off.
      for (const p of text.filter((p) => p.includes("Co-signer"))) expect(p, name).toContain(letter.signOff);
      text.slice(1).forEach((p, i) => {
        expect(p, name).toContain(`${i + 2} / ${text.length}`);
        expect(p, name).toContain("Ann Example"); // the sender's details head every later page
      });
    }
  });

  it("moves the closing block to the next page rather than splitting it, for every body length", async () => {
    const base = templates.en;
    const paragraph = "We write about the right to protest in Kazakhstan, and we ask you to pass this letter on to your government. ";
    for (let n = 8; n <= 15; n++) {
      const body = Array.from({ length: n }, () => paragraph.repeat(2)).join("\n\n");
      const { letter } = composeRequestedLetter({ ...base, body }, request("GB", "Ann Example"));
      const text = await pages(letter, n === 8 ? "GB-en-long" : undefined);
      const closing = text.findIndex((p) => p.includes("Yours sincerely,"));
      expect(text[closing], `n=${n}`).toContain("Ann Example");
      // The closing never starts a page alone: some of the body is on its page.
      expect(text[closing], `n=${n}`).toContain("your government");
    }
  });

  it("keeps the DOCX consistent: same lines, closing kept with the name, a running head after page 1", async () => {
    const { letter } = composeRequestedLetter(templates.ru, request("DE", "Ольга Петрова"));
    const files = unzipSync(new Uint8Array(await letterDocx(letter, "Test")));
    const xml = strFromU8(files["word/document.xml"]);
    for (const line of [...letter.recipientLines, letter.date, letter.salutation]) expect(xml).toContain(`>${line}</w:t>`);
    expect(xml).toMatch(/<w:keepNext\/>(?:(?!<\/w:p>).)*С уважением,/s);
    expect(xml).toContain("<w:titlePg/>");
    const header = Object.entries(files).find(([n, b]) => n.startsWith("word/header") && strFromU8(b).includes("PAGE"));
    expect(header && strFromU8(header[1])).toContain("Ольга Петрова");
  });

  it("keeps the mailto link under 2,000 characters: a long letter says it is attached and links to its page", () => {
    const body = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}: we write about the right to protest, in detail, at length.`).join("\n\n");
    const { letter } = composeRequestedLetter({ ...templates.en, body }, request("GB", "Ann Example"));
    expect(encodeURIComponent(letterEmailBody(letter)).length).toBeGreaterThan(MAILTO_SAFE_LENGTH); // the whole letter would not fit
    const { href, long } = letterMailto(letter, shortEmailLines(letter, templates.en.id, "en"));
    expect(long).toBe(true);
    expect(href.length).toBeLessThanOrEqual(MAILTO_SAFE_LENGTH);
    const mail = new URL(href).searchParams;
    expect(mail.get("subject")).toBe(letter.subject);
    expect(mail.get("body")).toContain("Your Excellency,");
    expect(mail.get("body")).toContain("is attached to this email as a PDF");
    expect(mail.get("body")).toMatch(new RegExp(`https?://[^\\s]+/en/letters/${templates.en.id}`));
    const short = composeRequestedLetter(templates.en, request("GB", "Ann Example")).letter;
    expect(letterMailto(short, shortEmailLines(short, templates.en.id, "en")).long).toBe(false);
    const russian = composeRequestedLetter({ ...templates.ru, body }, request("DE", "Ольга")).letter;
    expect(new URL(letterMailto(russian, shortEmailLines(russian, templates.ru.id, "ru")).href).searchParams.get("body")).toContain("во вложении");
  });
});
