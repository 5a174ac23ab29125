/**
 * The letter's body: the organiser's Markdown, parsed into paragraphs and lists of styled runs.
 * What people type is plain text, never Markdown: merge fields become private-use placeholders
 * before the Markdown is parsed and the values go into the parsed text afterwards, so a sender
 * called "**Bob** <script>" is printed exactly so.
 */
import { Marked, type Token, type Tokens } from "marked";
import type { Block, Run } from "./compose";
import { fillMergeFields, MERGE_FIELDS, type MergeValues } from "./merge-fields";

const marked = new Marked({ gfm: true, breaks: false, async: false });
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const SAFE_HREF = /^(https?:|mailto:)/i;

export function bodyBlocks(body: string, values: MergeValues): Block[] {
  const source = fillMergeFields(body.replace(/[\uE000\uE001]/g, ""), (f) => `\uE000${MERGE_FIELDS.indexOf(f)}\uE001`);
  const fill = (text: string) => text.replace(PLACEHOLDER, (_, i: string) => values[MERGE_FIELDS[Number(i)]] ?? "");
  return blocksOf(marked.lexer(source), fill, false);
}

function blocksOf(tokens: Token[], fill: (t: string) => string, quote: boolean): Block[] {
  const blocks: Block[] = [];
  const paragraph = (runs: Run[]) => {
    if (runs.some((r) => r.text.trim())) blocks.push(quote ? { kind: "paragraph", runs, quote } : { kind: "paragraph", runs });
  };
  for (const token of tokens) {
    switch (token.type) {
      case "paragraph":
        paragraph(runsOf(token.tokens ?? [], fill));
        break;
      case "heading":
        paragraph(runsOf(token.tokens ?? [], fill, { bold: true }));
        break;
      case "list": {
        const list = token as Tokens.List;
        const items: Run[][] = [];
        for (const item of list.items) items.push(...listItem(item, fill));
        blocks.push({ kind: "list", ordered: list.ordered, start: typeof list.start === "number" ? list.start : 1, items });
        break;
      }
      case "blockquote":
        blocks.push(...blocksOf((token as Tokens.Blockquote).tokens, fill, true));
        break;
      case "code":
        paragraph([{ text: fill(token.text) }]);
        break;
      case "space":
      case "hr":
      case "html":
      case "def":
        break;
      default:
        paragraph([{ text: fill("text" in token && typeof token.text === "string" ? token.text : token.raw) }]);
    }
  }
  return blocks;
}

// A nested list is flattened into its parent: a letter has no use for outline levels.
function listItem(item: Tokens.ListItem, fill: (t: string) => string): Run[][] {
  const own: Run[] = [];
  const nested: Run[][] = [];
  for (const child of item.tokens) {
    if (child.type === "list") for (const sub of (child as Tokens.List).items) nested.push(...listItem(sub, fill));
    else if (child.type === "text" || child.type === "paragraph") {
      if (own.length) own.push({ text: " " });
      own.push(...runsOf((child as Tokens.Text).tokens ?? [{ type: "text", raw: child.raw, text: child.text } as Token], fill));
    }
  }
  return [merge(own), ...nested].filter((runs) => runs.length > 0);
}

function runsOf(tokens: Token[], fill: (t: string) => string, style: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  const push = (text: string, s: Omit<Run, "text"> = style) => runs.push({ ...s, text });
  for (const t of tokens) {
    switch (t.type) {
      case "text":
        if ("tokens" in t && t.tokens?.length) runs.push(...runsOf(t.tokens, fill, style));
        else push(fill(t.text.replace(/\s*\n\s*/g, " ")));
        break;
      case "escape":
      case "codespan":
        push(fill(t.text));
        break;
      case "strong":
        runs.push(...runsOf(t.tokens ?? [], fill, { ...style, bold: true }));
        break;
      case "em":
        runs.push(...runsOf(t.tokens ?? [], fill, { ...style, italic: true }));
        break;
      case "del":
        runs.push(...runsOf(t.tokens ?? [], fill, style));
        break;
      case "br":
        push("\n");
        break;
      case "link": {
        const link = t as Tokens.Link;
        const href = fill(link.href);
        const label = runsOf(link.tokens ?? [], fill, SAFE_HREF.test(href) ? { ...style, href } : style);
        runs.push(...label);
        const shown = href.replace(/^mailto:/i, "");
        if (label.map((r) => r.text).join("").trim() !== shown) push(` (${shown})`);
        break;
      }
      case "image":
        push(fill(t.text));
        break;
      case "html":
        break;
      default:
        push(fill(t.raw));
    }
  }
  return merge(runs);
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out.at(-1);
    if (last && last.bold === r.bold && last.italic === r.italic && last.href === r.href) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}
