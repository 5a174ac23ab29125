/**
 * The delivery pack: a printable PDF to hand in with a petition at an embassy or a ministry.
 * Page 1 is a cover letter that fits one page: the sender (the campaign's signatory, organisation and
 * reply address), the date, the addressee, the petition text, the campaign's demands numbered, the
 * confirmed count with the totals by country, and a sign-off. Then one continuous table of the signers
 * who chose to be named (as they chose: full name with city, or first name), with the comments their
 * authors chose to make public and a moderator did not hide. Every page has a footer: the petition's
 * title, page N of M. Text is in the locale asked for (the language the pack is handed in).
 */
import "server-only";
import path from "node:path";
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { Campaign, Petition } from "@/db/schema";
import type { PackSigner } from "@/db/queries/signature-export";
import { countryName } from "@/lib/i18n/countries";
import { translatorFor } from "@/lib/i18n/translator";
import { markdownToPlainText, withoutLeadingTitle } from "@/lib/markdown";
import { publicSigner } from "@/lib/petitions/public-name";
import type { NameDisplay } from "@/lib/petitions/name-display";

// DejaVu covers Latin and Cyrillic, so names print as signed; shipped by an npm package, never fetched.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const MARGIN = 56;
// Room kept at the foot of every page for the footer line.
const FOOTER_ROOM = 28;
// Countries named one by one on the cover; the rest are summed in one line, so the cover stays one page.
const COVER_COUNTRIES = 18;
const GREY = "#555555";
const RULE = "#999999";

type Doc = InstanceType<typeof PDFDocument>;

export function deliveryPackStream(opts: {
  petition: Petition;
  campaign: Campaign;
  byCountry: { key: string | null; n: number }[];
  signers: Iterable<PackSigner>;
  locale: string;
  now?: Date;
}): ReadableStream<Uint8Array> {
  const { petition, campaign, locale } = opts;
  const t = translatorFor(locale, "deliveryPack");
  const now = opts.now ?? new Date();
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(now);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    bufferPages: true,
    info: { Title: `${petition.title} — ${t("documentTitle")}`, Author: campaign.senderOrganisation || campaign.title },
  });
  doc.registerFont("body", path.join(FONT_DIR, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONT_DIR, "DejaVuSans-Bold.ttf"));

  const total = opts.byCountry.reduce((sum, r) => sum + r.n, 0) || petition.signatureCount;
  const petitionText = markdownToPlainText(withoutLeadingTitle(petition.body, petition.title));
  const fullTextInAnnex = cover(doc, { petition, campaign, byCountry: opts.byCountry, total, petitionText, date, number, t, locale });

  doc.addPage();
  signerTable(doc, opts.signers, { t, locale, total, number });

  if (fullTextInAnnex) {
    doc.addPage().font("bold").fontSize(13).fillColor("#000").text(t("annexHeading"));
    doc.moveDown(0.5).font("body").fontSize(10).text(petitionText, { lineGap: 2 });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 14;
    doc.moveTo(MARGIN, y - 6).lineTo(doc.page.width - MARGIN, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font("body").fontSize(8).fillColor(GREY);
    doc.text(t("footer", { page: i + 1, pages: range.count, petition: petition.title }), MARGIN, y, {
      align: "center",
      width: doc.page.width - 2 * MARGIN,
      lineBreak: false,
      ellipsis: true,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return Readable.toWeb(doc as unknown as Readable) as ReadableStream<Uint8Array>;
}

type Translate = ReturnType<typeof translatorFor>;

/** Draws the cover letter on the current page; returns true when the petition text had to be shortened. */
function cover(
  doc: Doc,
  c: {
    petition: Petition;
    campaign: Campaign;
    byCountry: { key: string | null; n: number }[];
    total: number;
    petitionText: string;
    date: string;
    number: Intl.NumberFormat;
    t: Translate;
    locale: string;
  },
): boolean {
  const { petition, campaign, t, number } = c;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - FOOTER_ROOM;

  // Sender, top right; the date under it.
  const organisation = campaign.senderOrganisation || campaign.title;
  const sender = [campaign.senderName, organisation, campaign.replyEmail].filter((s): s is string => !!s);
  doc.font("bold").fontSize(10).fillColor("#000").text(sender[0], { align: "right" });
  doc.font("body").fontSize(9).fillColor(GREY);
  for (const line of sender.slice(1)) doc.text(line, { align: "right" });
  doc.moveDown(0.6).fillColor("#000").fontSize(10).text(c.date, { align: "right" });

  // Addressee.
  doc.moveDown(1.2).font("body").fontSize(11).text(t("to"), { continued: false });
  doc.font("bold").text(petition.addressee);

  // Subject.
  doc.moveDown(1.2).font("bold").fontSize(14).text(petition.title);
  doc.moveDown(0.5).font("body").fontSize(10.5);
  const countries = c.byCountry.length;
  doc.text(
    t("coverIntro", {
      campaign: campaign.title,
      count: c.total,
      formatted: number.format(c.total),
      countries,
    }),
    { lineGap: 1.5 },
  );

  // What follows the petition text, measured first so the text gets the room that is left.
  const demands = campaign.demands;
  const demandWidth = width - 18;
  const countryLine = countrySummary(c.byCountry, c.locale, number, t);
  const closeText = campaign.replyEmail ? t("coverCloseReply", { email: campaign.replyEmail }) : t("coverClose");
  const signOff = [campaign.senderName, organisation].filter((s): s is string => !!s);
  const heightAfter = (() => {
    let h = 0;
    if (demands.length > 0) {
      h += doc.font("bold").fontSize(11).heightOfString(t("demandsHeading"), { width }) + 6;
      doc.font("body").fontSize(10);
      for (const d of demands) h += doc.heightOfString(d, { width: demandWidth, lineGap: 1 }) + 3;
      h += 10;
    }
    h += doc.font("bold").fontSize(11).heightOfString(t("signaturesHeading"), { width }) + 6;
    h += doc.font("body").fontSize(10).heightOfString(t("confirmedOnline", { formatted: number.format(c.total), count: c.total }), { width }) + 4;
    h += doc.font("body").fontSize(9).heightOfString(countryLine, { width, lineGap: 1 }) + 14;
    h += doc.font("body").fontSize(10.5).heightOfString(closeText, { width, lineGap: 1.5 }) + 14;
    h += (signOff.length + 1) * doc.currentLineHeight(true) + 4;
    return h;
  })();

  // The petition's own text: as large as fits (10 pt down to 8), shortened only when even that is too long.
  doc.moveDown(0.6);
  const room = bottom - doc.y - heightAfter - 12;
  let size = 10;
  const textHeight = (s: number, text: string) => doc.font("body").fontSize(s).heightOfString(text, { width: width - 12, lineGap: 1 });
  while (size > 8 && textHeight(size, c.petitionText) > room) size -= 0.5;
  let shown = c.petitionText;
  let shortened = false;
  if (textHeight(size, shown) > room) {
    shortened = true;
    const note = ` […] ${t("seeAnnex")}`;
    let lo = 0;
    let hi = shown.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (textHeight(size, c.petitionText.slice(0, mid) + note) <= room) lo = mid;
      else hi = mid - 1;
    }
    shown = c.petitionText.slice(0, lo).replace(/\s+\S*$/, "") + note;
  }
  const top = doc.y;
  doc.font("body").fontSize(size).fillColor("#222").text(shown, MARGIN + 12, top, { width: width - 12, lineGap: 1 });
  doc.moveTo(MARGIN + 2, top).lineTo(MARGIN + 2, doc.y).lineWidth(2).strokeColor("#bbbbbb").stroke();
  doc.x = MARGIN;
  doc.fillColor("#000");

  // The demands, numbered.
  if (demands.length > 0) {
    doc.moveDown(0.8).font("bold").fontSize(11).text(t("demandsHeading"), MARGIN, doc.y, { width });
    doc.moveDown(0.3).font("body").fontSize(10);
    demands.forEach((d, i) => {
      const y = doc.y;
      doc.text(`${i + 1}.`, MARGIN, y, { width: 18 });
      doc.text(d, MARGIN + 18, y, { width: demandWidth, lineGap: 1 });
      doc.y += 3;
    });
  }

  // The count, online and by country.
  doc.moveDown(0.6).font("bold").fontSize(11).text(t("signaturesHeading"), MARGIN, doc.y, { width });
  doc.moveDown(0.3).font("body").fontSize(10).text(t("confirmedOnline", { formatted: number.format(c.total), count: c.total }), { width });
  doc.moveDown(0.2).fontSize(9).fillColor(GREY).text(countryLine, { width, lineGap: 1 });
  doc.fillColor("#000");

  // Close and sign-off.
  doc.moveDown(1).fontSize(10.5).text(closeText, { width, lineGap: 1.5 });
  doc.moveDown(1).text(t("signOff"));
  if (campaign.senderName) doc.font("bold").text(campaign.senderName);
  doc.font(campaign.senderName ? "body" : "bold").text(organisation);
  return shortened;
}

/** "Germany 120 · Kazakhstan 80 · … · 12 other countries 40", largest first. */
function countrySummary(byCountry: { key: string | null; n: number }[], locale: string, number: Intl.NumberFormat, t: Translate): string {
  const sorted = [...byCountry].sort((a, b) => b.n - a.n);
  const named = sorted.length > COVER_COUNTRIES ? sorted.slice(0, COVER_COUNTRIES - 1) : sorted;
  const rest = sorted.slice(named.length);
  const parts = named.map((r) => `${countryName(r.key ?? "", locale) || r.key || "?"} ${number.format(r.n)}`);
  if (rest.length > 0)
    parts.push(t("otherCountries", { countries: rest.length, formatted: number.format(rest.reduce((s, r) => s + r.n, 0)) }));
  return `${t("byCountry")}: ${parts.join(" · ")}`;
}

/** The signers' table, continuing over as many pages as it needs, its header repeated on each. */
function signerTable(
  doc: Doc,
  signers: Iterable<PackSigner>,
  c: { t: Translate; locale: string; total: number; number: Intl.NumberFormat },
): void {
  const { t, locale } = c;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_ROOM;
  const cols = [
    { key: "no", w: 30 },
    { key: "name", w: 135 },
    { key: "place", w: 120 },
    { key: "comment", w: width - 30 - 135 - 120 },
  ] as const;
  const PAD = 3;
  const FONT = 8.5;

  doc.font("bold").fontSize(13).fillColor("#000").text(t("signersHeading"), MARGIN, doc.y, { width });
  doc.moveDown(0.3).font("body").fontSize(8.5).fillColor(GREY).text(t("signersNote"), { width });
  doc.fillColor("#000").moveDown(0.6);

  const header = () => {
    const y = doc.y;
    let x = MARGIN;
    doc.font("bold").fontSize(FONT).fillColor("#000");
    for (const col of cols) {
      doc.text(t(`column.${col.key}`), x + PAD, y + PAD, { width: col.w - 2 * PAD, lineBreak: false });
      x += col.w;
    }
    const h = doc.currentLineHeight(true) + 2 * PAD;
    doc.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.8).strokeColor("#000").stroke();
    doc.y = y + h + 1;
  };
  header();

  let listed = 0;
  for (const s of signers) {
    const shown = publicSigner({ name: s.name, country: s.country, nameDisplay: s.name_display as NameDisplay });
    const comment = s.comment_public && !s.comment_hidden && s.comment ? s.comment : "";
    if (!shown.name && !comment) continue;
    listed++;
    const place = shown.name ? [s.name_display === "full" ? s.city : null, countryName(s.country, locale)].filter(Boolean).join(", ") : "";
    const cells = [`${listed}.`, shown.name ?? t("anonymous"), place, comment];
    doc.font("body").fontSize(FONT);
    const h = Math.max(...cells.map((cell, i) => (cell ? doc.heightOfString(cell, { width: cols[i].w - 2 * PAD }) : 0))) + 2 * PAD;
    if (doc.y + h > bottom()) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    if (listed % 2 === 0) doc.rect(MARGIN, y, width, h).fill("#f2f2f2");
    doc.fillColor("#000");
    let x = MARGIN;
    cells.forEach((cell, i) => {
      if (cell) doc.font("body").fillColor(i === 1 && !shown.name ? GREY : "#000").text(cell, x + PAD, y + PAD, { width: cols[i].w - 2 * PAD });
      x += cols[i].w;
    });
    doc.fillColor("#000");
    doc.y = y + h;
  }
  doc.x = MARGIN;
  if (listed === 0) doc.moveDown(0.5).font("body").fontSize(10).text(t("noNamedSigners"), MARGIN, doc.y, { width });
  else {
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.moveDown(0.6).font("body").fontSize(8.5).fillColor(GREY);
    doc.text(t("listedOf", { listed: c.number.format(listed), formatted: c.number.format(c.total), count: c.total }), MARGIN, doc.y, { width });
  }
}
