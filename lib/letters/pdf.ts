/**
 * The letter as a PDF in a proper letter layout: sender block and date on the right, the
 * recipient's address block on the left, subject, salutation, body, sign-off with room to sign,
 * and the signatories. A4 or US Letter as the model says. DejaVu Serif (shipped by npm, never
 * fetched) prints Latin and Cyrillic alike.
 *
 * Page rules: the sign-off, the space to sign by hand and the sender's name stay on one page
 * (moved to the next together when they do not fit), co-signatories follow as a list; every page
 * after the first carries the sender, the date and "page n / total" at its head.
 */
import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Letter, Run } from "./compose";
import { listMarker, signatoryLines } from "./text";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONTS = {
  regular: "DejaVuSerif.ttf",
  bold: "DejaVuSerif-Bold.ttf",
  italic: "DejaVuSerif-Italic.ttf",
  boldItalic: "DejaVuSerif-BoldItalic.ttf",
} as const;

function fontOf(run: Pick<Run, "bold" | "italic">): keyof typeof FONTS {
  if (run.bold && run.italic) return "boldItalic";
  if (run.bold) return "bold";
  return run.italic ? "italic" : "regular";
}

/** Room between the sign-off and the name, to sign by hand (points; about 1.7 cm). */
const SIGNATURE_SPACE = 48;

/** Sender, date and page number at the head of every page after the first. */
function runningHeads(doc: PDFKit.PDFDocument, letter: Letter) {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2) return;
  const head = [letter.signatories[0]?.name, letter.senderLines[0], letter.date].filter((v, i, all) => v && all.indexOf(v) === i).join(" · ");
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    const { left, right, top } = doc.page.margins;
    const width = doc.page.width - left - right;
    const y = top - 30;
    // Drawn in the top margin: no page break may follow from it.
    doc.font("regular").fontSize(9).fillColor("#444444");
    doc.text(head, left, y, { width: width - 60, lineBreak: false, ellipsis: true });
    doc.text(`${i - start + 1} / ${count}`, left, y, { width, align: "right", lineBreak: false });
    doc.moveTo(left, y + 14).lineTo(left + width, y + 14).lineWidth(0.5).strokeColor("#999999").stroke();
  }
  doc.fillColor("black").fontSize(11);
}

export function letterPdf(letter: Letter, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: letter.paper, margins: { top: 72, bottom: 60, left: 72, right: 72 }, bufferPages: true, info: { Title: title, Creator: "Picket" }, lang: letter.language });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, path.join(FONT_DIR, file));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  doc.font("regular").fontSize(11).lineGap(2);

  for (const line of letter.senderLines) doc.text(line, left, undefined, { width, align: "right" });
  doc.moveDown().text(letter.date, { width, align: "right" });
  doc.moveDown(1.5);
  for (const line of letter.recipientLines) doc.text(line, left, undefined, { width });
  doc.moveDown(1.5).font("bold").text(letter.subject, { width });
  doc.moveDown().font("regular").text(letter.salutation, { width });

  const runs = (list: Run[], x: number, w: number, indent = 0) => {
    list.forEach((run, i) => {
      doc.font(fontOf(run)).text(run.text, i === 0 ? x : undefined, undefined, {
        width: w,
        continued: i < list.length - 1,
        indent: i === 0 ? indent : 0,
        link: run.href ?? null,
        underline: Boolean(run.href),
      });
    });
    if (list.length === 0) doc.text("", x);
  };
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const blockHeight = (block: Letter["blocks"][number]) => {
    doc.font("regular");
    const w = block.kind === "paragraph" ? width - (block.quote ? 18 : 0) : width - 18;
    const texts = block.kind === "paragraph" ? [block.runs.map((r) => r.text).join("")] : block.items.map((item, i) => listMarker(block, i) + item.map((r) => r.text).join(""));
    return texts.reduce((h, t) => h + doc.heightOfString(t, { width: w }) + doc.currentLineHeight(true) * 0.2, doc.currentLineHeight(true) * 0.6);
  };

  // The closing block: sign-off, room to sign, the sender's name and details — never split.
  const [sender, ...others] = letter.signatories;
  const lineHeight = doc.font("regular").currentLineHeight(true);
  const senderLines = sender ? signatoryLines(sender) : [];
  const closingHeight =
    lineHeight + // moveDown before the sign-off
    doc.heightOfString(letter.signOff, { width }) +
    SIGNATURE_SPACE +
    senderLines.reduce((h, line, j) => h + doc.font(j === 0 ? "bold" : "regular").heightOfString(line, { width }), 0);

  // Co-signatories: one line each ("Name, role, organisation"), in a list under the sender.
  const cosignerText = (s: (typeof others)[number]) => [s.role, s.organisation].filter(Boolean).join(", ");
  const cosignerHeight = (s: (typeof others)[number]) =>
    doc.font("regular").heightOfString(`${s.name}${cosignerText(s) ? `, ${cosignerText(s)}` : ""}`, { width }) + lineHeight * 0.25;
  const cosignersHeight = others.reduce((h, s) => h + cosignerHeight(s), others.length ? lineHeight * 0.6 : 0);

  letter.blocks.forEach((block, index) => {
    // The last paragraph goes with the closing when the closing (or the co-signatories after it)
    // would otherwise start a page with nothing but names.
    if (index === letter.blocks.length - 1 && index > 0) {
      const own = blockHeight(block);
      const page = bottom() - doc.page.margins.top;
      const fits = doc.y + own <= bottom();
      const closingFits = doc.y + own + closingHeight <= bottom();
      const allFit = doc.y + own + closingHeight + cosignersHeight <= bottom();
      if (fits && (!closingFits || !allFit) && own + closingHeight < page) doc.addPage();
    }
    doc.moveDown(0.6);
    if (block.kind === "paragraph") {
      runs(block.runs, block.quote ? left + 18 : left, block.quote ? width - 18 : width);
    } else {
      block.items.forEach((item, i) => {
        runs([{ text: listMarker(block, i) }, ...item], left + 18, width - 18, -18);
        if (i < block.items.length - 1) doc.moveDown(0.2);
      });
    }
  });

  doc.font("regular");
  if (doc.y + closingHeight > bottom()) doc.addPage();
  else doc.moveDown();
  doc.font("regular").text(letter.signOff, left, undefined, { width });
  doc.y += SIGNATURE_SPACE;
  senderLines.forEach((line, j) => doc.font(j === 0 ? "bold" : "regular").text(line, left, undefined, { width }));

  if (others.length) doc.moveDown(0.6);
  for (const s of others) {
    if (doc.y + cosignerHeight(s) > bottom()) doc.addPage();
    const detail = cosignerText(s);
    doc.font("bold").text(s.name, left, undefined, { width, continued: Boolean(detail) });
    if (detail) doc.font("regular").text(`, ${detail}`);
    doc.moveDown(0.25);
  }

  runningHeads(doc, letter);
  doc.end();
  return done;
}
