/**
 * The letter as a PDF in a proper letter layout: sender block and date on the right, the
 * recipient's address block on the left, subject, salutation, body, sign-off with room to sign,
 * and the signatories. A4 or US Letter as the model says. DejaVu Serif (shipped by npm, never
 * fetched) prints Latin and Cyrillic alike.
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

export function letterPdf(letter: Letter, title: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: letter.paper, margin: 72, info: { Title: title, Creator: "Picket" }, lang: letter.language });
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
  doc.moveDown(2);
  for (const line of letter.recipientLines) doc.text(line, left, undefined, { width });
  doc.moveDown(2).font("bold").text(letter.subject, { width });
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
  for (const block of letter.blocks) {
    doc.moveDown(0.6);
    if (block.kind === "paragraph") {
      runs(block.runs, block.quote ? left + 18 : left, block.quote ? width - 18 : width);
    } else {
      block.items.forEach((item, i) => {
        runs([{ text: listMarker(block, i) }, ...item], left + 18, width - 18, -18);
        if (i < block.items.length - 1) doc.moveDown(0.2);
      });
    }
  }

  doc.moveDown().font("regular").text(letter.signOff, left, undefined, { width });
  doc.moveDown(2.5);
  letter.signatories.forEach((s, i) => {
    if (i > 0) doc.moveDown();
    signatoryLines(s).forEach((line, j) => doc.font(j === 0 ? "bold" : "regular").text(line, left, undefined, { width }));
  });
  doc.end();
  return done;
}
