/** The text of a PDF file, for assertions (unpdf: PDF.js without a browser). */
import fs from "node:fs/promises";
import { extractText, getDocumentProxy } from "unpdf";

export async function pdfText(file: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await fs.readFile(file)));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}
