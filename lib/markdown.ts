/** Markdown from organisers, rendered to HTML on the server and sanitised (no scripts, no remote images). */
import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

// An <a> whose only attributes are not href, in sanitize-html's normalised output (double-quoted values).
const LINK_WITHOUT_HREF = /<a(?: (?!href=)[a-z]+="[^"]*")*>([\s\S]*?)<\/a>/g;

export function renderMarkdown(source: string): string {
  const html = marked.parse(source) as string;
  const safe = sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "hr", "code", "pre"],
    allowedAttributes: { a: ["href", "title", "rel"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: {
      a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
      h1: "h2",
    },
  });
  // An unsafe href ("javascript:…") is dropped after the transforms run, leaving <a rel="…"> with no
  // address, which is invalid HTML: such a link becomes its text.
  return safe.replace(LINK_WITHOUT_HREF, "$1");
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
