/** Both languages must say everything: a key missing in one catalogue shows a raw key to someone. */
import { readdirSync } from "node:fs";
import path from "node:path";
import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { catalogueFiles, catalogues, type Messages } from "@/lib/i18n/catalogues";

function leaves(messages: Messages, prefix = ""): [string, unknown][] {
  return Object.entries(messages).flatMap(([k, v]) =>
    v && typeof v === "object" && !Array.isArray(v) ? leaves(v as Messages, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

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

  it("every feature file in messages/<locale>/ is part of its catalogue", () => {
    for (const [locale, files] of Object.entries(catalogueFiles)) {
      const onDisk = readdirSync(path.join(process.cwd(), "messages", locale)).filter((f) => f.endsWith(".json"));
      expect(files.length - 1, locale).toBe(onDisk.length);
    }
  });

  it("feature files are merged into the catalogue, not replacing it", () => {
    expect(keys(catalogues.en)).toContain("layout.letters");
    expect(keys(catalogues.en).length).toBeGreaterThan(300);
  });

  it("no key is defined by two files with different text (the later file would silently win)", () => {
    for (const files of Object.values(catalogueFiles)) {
      const seen = new Map<string, unknown>();
      const clashes: string[] = [];
      for (const file of files) {
        for (const [key, value] of leaves(file)) {
          if (seen.has(key) && JSON.stringify(seen.get(key)) !== JSON.stringify(value)) clashes.push(key);
          seen.set(key, value);
        }
      }
      expect(clashes).toEqual([]);
    }
  });

  it("every entry is a string that next-intl can precompile (next.config.js), as the build requires", () => {
    for (const catalogue of [catalogues.en, catalogues.ru]) {
      for (const [key, value] of leaves(catalogue)) {
        expect(typeof value, key).toBe("string");
        expect(() => compile(value as string), key).not.toThrow();
      }
    }
  });
});
