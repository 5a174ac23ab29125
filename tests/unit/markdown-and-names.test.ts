// Proves organiser Markdown cannot carry scripts or remote images, and signers appear only as they chose.
import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "@/lib/markdown";
import { publicSigner } from "@/lib/petitions/public-name";

describe("renderMarkdown", () => {
  it("strips scripts, handlers, javascript: links and images", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="https://tracker.example/p.gif" onerror="x()">\n\n[click](javascript:alert(1)) ![pixel](https://tracker.example/a.png)',
    );
    expect(html).not.toMatch(/<script|alert|onerror|javascript:|<img|tracker\.example/i);
    expect(html).toContain("click");
  });

  it("refuses disguised script links and inline handlers", () => {
    const html = renderMarkdown(
      '[a](JaVaScRiPt:alert(1)) [b](jav&#x61;script:alert(2)) [c](data:text/html;base64,PHNjcmlwdD4=) <a href="https://ok.example" onclick="x()">d</a> <iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/javascript|data:|onclick|<iframe|evil\.example|alert/i);
    expect(html).toContain('<a href="https://ok.example" rel="noopener noreferrer nofollow">d</a>');
  });

  it("leaves no link without an address (invalid HTML): a refused link is plain text", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) and [mail](mailto:a@example.org) and <a>bare</a>");
    expect(html).toBe('<p>click and <a href="mailto:a@example.org" rel="noopener noreferrer nofollow">mail</a> and bare</p>\n');
    expect(html.match(/<a\b/g)).toHaveLength(1);
  });

  it("keeps structure and makes links safe", () => {
    const html = renderMarkdown("# Title\n\n- one\n- two\n\n[site](https://example.org)");
    expect(html).toContain("<h2>Title</h2>");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">site</a>');
  });

  it("has a plain-text form for print", () => {
    expect(markdownToPlainText("We **demand**:\n\n1. release\n2. respect")).toBe("We demand:\n• release\n• respect");
  });
});

describe("publicSigner", () => {
  const s = { name: "Aigerim Nurlanovna Sadykova", country: "KZ" };
  it("shows each signer only as chosen", () => {
    expect(publicSigner({ ...s, nameDisplay: "full" })).toEqual({ name: "Aigerim Nurlanovna Sadykova", country: "KZ" });
    expect(publicSigner({ ...s, nameDisplay: "first_country" })).toEqual({ name: "Aigerim", country: "KZ" });
    expect(publicSigner({ ...s, nameDisplay: "anonymous" })).toEqual({ name: null, country: null });
    expect(publicSigner({ name: "  Cher ", country: "FR", nameDisplay: "first_country" })).toEqual({ name: "Cher", country: "FR" });
  });
});
