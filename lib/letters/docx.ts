/**
 * The letter as a Word document, for activists who want to edit it further: the same blocks as
 * the PDF, as real paragraphs and runs (no images, no text boxes), on A4 or US Letter. The same
 * page rules as the PDF: sign-off, room to sign and the sender's name kept together ("keep with
 * next"), and pages after the first headed with the sender, the date and the page number.
 */
import "server-only";
import { AlignmentType, Document, ExternalHyperlink, Header, Packer, PageNumber, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { Letter, Run } from "./compose";
import { listMarker, signatoryLines } from "./text";

// Twentieths of a point (twips): A4 is 210 × 297 mm, US Letter 8.5 × 11 in; 1 inch margins.
const PAGE = { A4: { width: 11906, height: 16838 }, LETTER: { width: 12240, height: 15840 } } as const;
const MARGIN = 1440;

function children(runs: Run[]): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const parts = run.text.split("\n").map(
      (text, i) => new TextRun({ text, bold: run.bold, italics: run.italic, break: i > 0 ? 1 : undefined, style: run.href ? "Hyperlink" : undefined }),
    );
    return run.href ? [new ExternalHyperlink({ link: run.href, children: parts })] : parts;
  });
}

const line = (text: string, opts: { right?: boolean; bold?: boolean; after?: number; keepNext?: boolean } = {}) =>
  new Paragraph({
    alignment: opts.right ? AlignmentType.RIGHT : undefined,
    spacing: { after: opts.after ?? 0 },
    keepNext: opts.keepNext,
    keepLines: true,
    children: [new TextRun({ text, bold: opts.bold })],
  });

export function letterDocx(letter: Letter, title: string): Promise<Buffer> {
  const gap = 240;
  const paragraphs: Paragraph[] = [
    ...letter.senderLines.map((l, i, all) => line(l, { right: true, after: i === all.length - 1 ? gap : 0 })),
    line(letter.date, { right: true, after: gap * 2 }),
    ...letter.recipientLines.map((l, i, all) => line(l, { after: i === all.length - 1 ? gap * 2 : 0 })),
    line(letter.subject, { bold: true, after: gap }),
    line(letter.salutation, { after: gap }),
  ];
  for (const block of letter.blocks) {
    if (block.kind === "paragraph") {
      paragraphs.push(new Paragraph({ spacing: { after: gap }, indent: block.quote ? { left: 360 } : undefined, children: children(block.runs) }));
    } else {
      block.items.forEach((item, i) => {
        paragraphs.push(
          new Paragraph({
            spacing: { after: i === block.items.length - 1 ? gap : 60 },
            indent: { left: 360, hanging: 360 },
            children: children([{ text: listMarker(block, i) }, ...item]),
          }),
        );
      });
    }
  }
  paragraphs.push(line(letter.signOff, { after: gap * 3, keepNext: true }));
  const [sender, ...others] = letter.signatories;
  // The sender's lines stay with the sign-off; co-signatories follow one line each, as in the PDF.
  const senderLines = sender ? signatoryLines(sender) : [];
  senderLines.forEach((l, j) => paragraphs.push(line(l, { bold: j === 0, after: j === senderLines.length - 1 ? gap : 0, keepNext: j < senderLines.length - 1 })));
  for (const s of others) {
    const detail = [s.role, s.organisation].filter(Boolean).join(", ");
    paragraphs.push(
      new Paragraph({
        spacing: { after: 60 },
        keepLines: true,
        children: [new TextRun({ text: s.name, bold: true }), ...(detail ? [new TextRun({ text: `, ${detail}` })] : [])],
      }),
    );
  }
  const head = [letter.signatories[0]?.name, letter.senderLines[0], letter.date].filter((v, i, all) => v && all.indexOf(v) === i).join(" · ");

  const doc = new Document({
    title,
    creator: "Picket",
    styles: { default: { document: { run: { size: 22, language: { value: letter.language } } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: PAGE[letter.paper], margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                children: [new TextRun({ text: `${head}\t`, size: 18 }), new TextRun({ children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], size: 18 })],
                tabStops: [{ type: "right", position: PAGE[letter.paper].width - 2 * MARGIN }],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  return Packer.toBuffer(doc) as Promise<Buffer>;
}
