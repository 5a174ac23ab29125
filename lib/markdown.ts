/**
 * Markdown from organisers, rendered to HTML on the server and sanitised (no scripts, no remote images).
 * Links are http(s), mailto, or a path on this site: a protocol-relative one ("//host", or "/\\host",
 * which browsers read the same way) loses its href.
 */
import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** "//host", "\\\\host", "/\\host", with tabs, newlines or spaces anywhere a browser would ignore them. */
function isProtocolRelative(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[/\\]{2}/.test(href.replace(/[\u0000-\u0020]/g, ""));
}
// An <a> whose only attributes are not href, in sanitize-html's normalised output (double-quoted values).
const LINK_WITHOUT_HREF = /<a(?: (?!href=)[a-z]+="[^"]*")*>([\s\S]*?)<\/a>/g;

export function renderMarkdown(source: string): string {
  const html = marked.parse(source) as string;
  const safe = sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "hr", "code", "pre"],
    allowedAttributes: { a: ["href", "title", "rel"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const kept: sanitizeHtml.Attributes = { ...attribs, rel: "noopener noreferrer nofollow" };
        if (kept.href !== undefined && isProtocolRelative(kept.href)) delete kept.href;
        return { tagName, attribs: kept };
      },
      h1: "h2",
    },
  });
  // An unsafe href ("javascript:…") is dropped after the transforms run, leaving <a rel="…"> with no
  // address, which is invalid HTML: such a link becomes its text.
  return safe.replace(LINK_WITHOUT_HREF, "$1");
}

const comparable = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase();

/**
 * The source without a leading heading that only repeats `title` (compared ignoring case, spacing and
 * emphasis marks): organisers often paste a story that starts with its own title, which the page
 * already shows above it. Any other first heading stays.
 */
export function withoutLeadingTitle(source: string, title: string): string {
  const tokens = marked.lexer(source);
  let skipped = 0;
  for (const token of tokens) {
    if (token.type === "space") {
      skipped += token.raw.length;
      continue;
    }
    if (token.type === "heading" && comparable(token.text) === comparable(title)) return source.slice(skipped + token.raw.length).replace(/^\s+/, "");
    break;
  }
  return source;
}

/** Markdown as plain paragraphs, for print and plain-text contexts. */
export function markdownToPlainText(source: string): string {
  const html = marked.parse(source) as string;
  const withBreaks = html.replace(/<\/(p|h[1-6]|li|blockquote)>/g, "\n").replace(/<li>/g, "• ");
  return sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n\s*\n(?=• )/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
