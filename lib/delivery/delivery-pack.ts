/**
 * The delivery pack: a printable PDF to hand in with a petition — a cover letter to the addressee,
 * the petition text, the confirmed count, counts by country, and the signers who chose to be named
 * (as they chose: full name with city, or first name), with page numbers.
 */
import "server-only";
import path from "node:path";
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { Campaign, Petition } from "@/db/schema";
import type { NamedSigner } from "@/db/queries/signatures";
import { countryName } from "@/lib/i18n/countries";
import { translatorFor } from "@/lib/i18n/translator";
import { markdownToPlainText } from "@/lib/markdown";
import { publicSigner } from "@/lib/petitions/public-name";
import type { NameDisplay } from "@/lib/petitions/name-display";

// DejaVu covers Latin and Cyrillic, so names print as signed; shipped by an npm package, never fetched.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export function deliveryPackStream(opts: {
  petition: Petition;
  campaign: Campaign;
  byCountry: { key: string | null; n: number }[];
  signers: Iterable<NamedSigner>;
  locale: string;
  now?: Date;
}): ReadableStream<Uint8Array> {
  const { petition, campaign, locale } = opts;
  const t = translatorFor(locale, "deliveryPack");
  const now = opts.now ?? new Date();
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(now);
  const doc = new PDFDocument({ size: "A4", margin: 56, bufferPages: true, info: { Title: petition.title, Author: campaign.title } });
  doc.registerFont("body", path.join(FONT_DIR, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONT_DIR, "DejaVuSans-Bold.ttf"));

  // Cover letter.
  doc.font("body").fontSize(10).text(date, { align: "right" });
  doc.moveDown(2).fontSize(12).text(petition.addressee);
  doc.moveDown(2).font("bold").fontSize(16).text(petition.title);
  doc.moveDown().font("body").fontSize(12);
  doc.text(t("coverIntro", { addressee: petition.addressee, count: petition.signatureCount, formatted: number.format(petition.signatureCount), campaign: campaign.title }));
  doc.moveDown().text(t("coverCountries", { countries: opts.byCountry.length }));
  doc.moveDown().text(t("coverClose"));
  doc.moveDown(2).text(campaign.title);

  // The petition.
  doc.addPage().font("bold").fontSize(16).text(t("petitionHeading"));
  doc.moveDown().font("body").fontSize(12).text(markdownToPlainText(petition.body));
  doc.moveDown().font("bold").text(t("confirmedCount", { formatted: number.format(petition.signatureCount) }));

  // Counts by country.
  doc.addPage().font("bold").fontSize(16).text(t("byCountryHeading"));
  doc.moveDown().font("body").fontSize(11);
  for (const row of opts.byCountry) {
    doc.text(`${countryName(row.key ?? "", locale)}: ${number.format(row.n)}`);
  }

  // Named signers.
  doc.addPage().font("bold").fontSize(16).text(t("signersHeading"));
  doc.moveDown(0.5).font("body").fontSize(9).fillColor("#444").text(t("signersNote"));
  doc.moveDown().fillColor("#000").fontSize(10);
  let listed = 0;
  for (const s of opts.signers) {
    const shown = publicSigner({ name: s.name, country: s.country, nameDisplay: s.name_display as NameDisplay });
    if (!shown.name) continue;
    const place = [s.name_display === "full" ? s.city : null, countryName(s.country, locale)].filter(Boolean).join(", ");
    doc.text(`${++listed}. ${shown.name} — ${place}`);
  }
  if (listed === 0) doc.text(t("noNamedSigners"));

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("body").fontSize(8).fillColor("#666");
    doc.text(t("footer", { page: i + 1, pages: range.count, petition: petition.title }), 56, doc.page.height - 40, { align: "center", width: doc.page.width - 112 });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return Readable.toWeb(doc as unknown as Readable) as ReadableStream<Uint8Array>;
}
