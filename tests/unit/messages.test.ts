/** Both languages must say everything: a key missing in one catalogue shows a raw key to someone. */
import { describe, expect, it } from "vitest";
import { catalogues, type Messages } from "@/lib/i18n/catalogues";

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as Messages, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe("message catalogues", () => {
  it("English and Russian have exactly the same keys", () => {
    const en = keys(catalogues.en).sort();
    const ru = keys(catalogues.ru).sort();
    expect(en.filter((k) => !ru.includes(k))).toEqual([]);
    expect(ru.filter((k) => !en.includes(k))).toEqual([]);
  });

  it("feature files are merged into the catalogue, not replacing it", () => {
    expect(keys(catalogues.en)).toContain("layout.letters");
    expect(keys(catalogues.en).length).toBeGreaterThan(300);
  });
});
