// Proves organiser Markdown cannot carry scripts or remote images, and signers appear only as they chose.
import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown, withoutLeadingTitle } from "@/lib/markdown";
import { publicSigner } from "@/lib/petitions/public-name";

describe("renderMarkdown", () => {
  it("refuses protocol-relative links however spelled, and keeps http(s), mailto and the site's paths", () => {
    for (const href of ["//evil.example/x", "///evil.example", "/\\evil.example", "\\\\evil.example", "\\/evil.example", "/\t/evil.example", "&#47;&#47;evil.example", "%20//evil.example"]) {
      const md = `[go](<${href}>) and <a href="${href}">raw</a>`;
      const html = renderMarkdown(md);
      // Whatever href survives, a browser resolves it to this site.
      for (const [, kept] of html.matchAll(/href="([^"]*)"/g)) {
        expect(new URL(kept.replaceAll("&amp;", "&"), "https://picket.example.org/en/campaigns/x").host, `${href} → ${kept}`).toBe("picket.example.org");
      }
      expect(html).toContain("go");
    }
    const html = renderMarkdown("[a](https://example.org/x) [b](/en/campaigns/x) [c](mailto:a@example.org) [d](#top)");
    expect(html).toContain('href="https://example.org/x"');
    expect(html).toContain('href="/en/campaigns/x"');
    expect(html).toContain('href="mailto:a@example.org"');
    expect(html).toContain('href="#top"');
  });

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

describe("withoutLeadingTitle", () => {
  it("drops a leading heading equal to the title, ignoring case, spacing and emphasis", () => {
    expect(withoutLeadingTitle("# Free  the Zhanaozen oil workers\n\nIn December 2011…", "Free the Zhanaozen Oil Workers")).toBe("In December 2011…");
    expect(withoutLeadingTitle("\n\n## **Free the workers**\nText", "free the workers")).toBe("Text");
    expect(withoutLeadingTitle("Free the workers\n===\n\nText", "Free the workers")).toBe("Text");
  });

  it("keeps any other first heading, and a title that is not first", () => {
    expect(withoutLeadingTitle("# What happened\n\nText", "Free the workers")).toBe("# What happened\n\nText");
    expect(withoutLeadingTitle("Intro\n\n# Free the workers", "Free the workers")).toBe("Intro\n\n# Free the workers");
    expect(withoutLeadingTitle("Free the workers\n\nText", "Free the workers")).toBe("Free the workers\n\nText");
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
