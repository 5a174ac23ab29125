// Proves a stored URL becomes a link only when it is http(s) (the directory card's website).
import { describe, expect, it } from "vitest";
import { httpLink } from "@/lib/security/safe-url";

describe("httpLink", () => {
  it("keeps http and https URLs", () => {
    expect(httpLink("https://example.org/embassy")).toBe("https://example.org/embassy");
    expect(httpLink("http://example.org")).toBe("http://example.org/");
  });

  it("refuses script, data and other schemes, however disguised, and non-URLs", () => {
    for (const bad of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "mailto:a@b.example", "//evil.example", "not a url", "", null, undefined]) {
      expect(httpLink(bad), String(bad)).toBeUndefined();
    }
  });
});
