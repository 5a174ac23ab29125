// Proves organiser Markdown cannot carry scripts or remote images, and signers appear only as they chose.
import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "@/lib/markdown";
import { publicSigner } from "@/lib/petitions/public-name";

describe("renderMarkdown", () => {
  it("strips scripts, handlers, javascript: links and images", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="https://tracker.example/p.gif" onerror="x()">\n\n[click](javascript:alert(1)) ![pixel](https://tracker.example/a.png)',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<img|tracker\.example\/a\.png/);
  });

  it("keeps structure and makes links safe", () => {
    const html = renderMarkdown("# Title\n\n- one\n- two\n\n[site](https://example.org)");
    expect(html).toContain("<h2>Title</h2>");
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
  });
});
