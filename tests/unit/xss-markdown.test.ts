// Proves organiser Markdown, after lib/markdown.ts, carries no script, no handler and no script-bearing
// URL, for every payload of the shared XSS corpus (one at a time and all together).
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { ALL_PAYLOADS_TEXT, XSS_PAYLOADS } from "../fixtures/xss-payloads";

const ALLOWED_TAGS = new Set(["p", "br", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "hr", "code", "pre"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "background", "poster"]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every problem a browser could act on in sanitised HTML; empty when the HTML is inert. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const [, name, attributes] = tag;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) found.push(`tag <${name}>`);
    for (const attr of attributes.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const attrName = attr[1].toLowerCase();
      const value = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? "");
      if (attrName.startsWith("on")) found.push(`handler ${attrName}`);
      if (attrName === "style") found.push("style attribute");
      // Browsers ignore control characters and whitespace inside a scheme, so strip them before looking.
      // eslint-disable-next-line no-control-regex
      const scheme = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
      if (URL_ATTRIBUTES.has(attrName) && /^(javascript|vbscript|data):/.test(scheme)) found.push(`${attrName}=${value}`);
      if (URL_ATTRIBUTES.has(attrName) && attrName !== "href") found.push(`url attribute ${attrName}`);
    }
  }
  // A raw "<script" can only survive as text when escaped; an unescaped one is a tag the regex above saw.
  if (/<\s*script/i.test(html)) found.push("script");
  return found;
}

describe("renderMarkdown with the XSS corpus", () => {
  it.each(XSS_PAYLOADS.map((p) => [p]))("%j renders inert", (payload) => {
    expect(dangers(renderMarkdown(payload))).toEqual([]);
  });

  it("renders every payload together inert, and embedded in ordinary Markdown", () => {
    expect(dangers(renderMarkdown(ALL_PAYLOADS_TEXT))).toEqual([]);
    expect(dangers(renderMarkdown(`# Story\n\n- ${XSS_PAYLOADS.join("\n- ")}\n\n> ${XSS_PAYLOADS.join(" ")}`))).toEqual([]);
  });

  it("keeps no remote image and no image at all", () => {
    const html = renderMarkdown(ALL_PAYLOADS_TEXT);
    expect(html).not.toMatch(/<img|tracker\.example|evil\.example\/x\.(js|css)"/i);
  });

  it("the checker itself catches what it should", () => {
    expect(dangers('<a href="jav&#x61;script:alert(1)">x</a>')).toEqual(["href=javascript:alert(1)"]);
    expect(dangers('<p onclick="x()">x</p>')).toEqual(["handler onclick"]);
    expect(dangers("<svg><script>x</script></svg>")).toEqual(expect.arrayContaining(["tag <svg>", "tag <script>", "script"]));
    expect(dangers('<a href="https://example.org" rel="noopener">ok</a> &lt;script&gt;')).toEqual([]);
  });
});
