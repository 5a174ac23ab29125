/**
 * The letter as plain text (the .txt download, line for line what the preview shows) and as a
 * mailto: link (the email carries the letter from the salutation on; the postal blocks belong on paper).
 */
import type { Block, Letter, Run, Signatory } from "./compose";

/** Above this length some mail programs (notably on Windows) cut a mailto: link short. */
export const MAILTO_SAFE_LENGTH = 2000;

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** The marker printed before list item `index`; the preview prints the same characters. */
export function listMarker(block: Extract<Block, { kind: "list" }>, index: number): string {
  return block.ordered ? `${block.start + index}. ` : "• ";
}

export function blockLines(block: Block): string[] {
  if (block.kind === "paragraph") return [runsText(block.runs)];
  return block.items.map((item, i) => listMarker(block, i) + runsText(item));
}

export function signatoryLines(s: Signatory): string[] {
  const detail = [s.role, s.organisation].filter(Boolean).join(", ");
  return detail ? [s.name, detail] : [s.name];
}

function closing(letter: Letter): string[] {
  return [
    letter.salutation,
    "",
    ...letter.blocks.flatMap((b) => [...blockLines(b), ""]),
    letter.signOff,
    "",
    ...letter.signatories.flatMap((s, i) => [...(i > 0 ? [""] : []), ...signatoryLines(s)]),
  ];
}

export function letterPlainText(letter: Letter): string {
  return [...letter.senderLines, "", letter.date, "", ...letter.recipientLines, "", letter.subject, "", ...closing(letter)].join("\n") + "\n";
}

export function letterEmailBody(letter: Letter): string {
  return closing(letter).join("\n");
}

/**
 * RFC 6068: line breaks as CRLF, everything percent-encoded; the address only if there is one.
 * A link longer than MAILTO_SAFE_LENGTH carries `shortBody` instead of the letter (the caller's
 * "the full letter is attached, and here is its page"), and `long` says so; the subject is cut
 * if even that would be too long.
 */
export function letterMailto(letter: Letter, shortBody: string[] = []): { href: string; long: boolean } {
  const encode = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));
  const to = letter.recipientEmail && /^[^\s@?&#]+@[^\s@?&#]+$/.test(letter.recipientEmail) ? letter.recipientEmail : "";
  const link = (subject: string, body: string) => `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
  const full = link(letter.subject, letterEmailBody(letter));
  if (full.length <= MAILTO_SAFE_LENGTH) return { href: full, long: false };
  let subject = letter.subject;
  let href = link(subject, shortBody.join("\n"));
  while (href.length > MAILTO_SAFE_LENGTH && subject.length > 0) {
    subject = subject.slice(0, Math.max(0, subject.length - 20));
    href = link(subject ? `${subject.trimEnd()}…` : "", shortBody.join("\n"));
  }
  return { href: href.length > MAILTO_SAFE_LENGTH ? `mailto:${to}` : href, long: true };
}
