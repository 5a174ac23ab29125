/**
 * The rules docs/ARCHITECTURE.md states, checked against the tree, so the map cannot drift from the
 * territory: every path the docs name exists; pages and components read the database only through
 * lib/ and db/queries (row types excepted); every server action goes through the spine (lib/forms);
 * no route file is a bare `actions.ts`; no source file passes 300 lines.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const TOP = ["app/", "bench/", "components/", "db/", "docs/", "emails/", "lib/", "messages/", "packages/", "scripts/", "tests/", "public/"];
// Files at the root that docs name bare (a bare `letter.ts` elsewhere means a file named in context).
const ROOT_FILES = /^(README\.md|proxy\.ts|instrumentation\.ts|next\.config\.js|package\.json|playwright\.config\.ts|vitest\.config\.mts|drizzle\.config\.ts|\.env\.example)$/;
const SOURCE = /\.(ts|tsx|mjs|js)$/;

/** `a/{b,c}.ts` → `a/b.ts`, `a/c.ts`. */
function expandBraces(p: string): string[] {
  const m = /\{([^{}]*,[^{}]*)\}/.exec(p);
  if (!m) return [p];
  return m[1].split(",").flatMap((alt) => expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
}

/** The repository paths a Markdown text names in backticks (placeholders like `<date>` or `…` are not paths). */
function namedPaths(markdown: string): string[] {
  const found = new Set<string>();
  for (const [, code] of markdown.matchAll(/`([^`\s]+)`/g)) {
    const candidate = code.replace(/[:#].*$/, "").replace(/[.,;)]+$/, "");
    if (/[<>…*]|^\/|\{[^,}]*\}/.test(candidate)) continue;
    if (TOP.some((top) => candidate.startsWith(top)) || ROOT_FILES.test(candidate)) for (const p of expandBraces(candidate)) found.add(p);
  }
  return [...found];
}

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

const docs = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const uiFiles = [...filesUnder("app"), ...filesUnder("components")].filter((f) => SOURCE.test(f));
const read = (f: string) => readFileSync(path.join(ROOT, f), "utf8");

describe("paths named in the docs", () => {
  it("recognises paths, brace lists and placeholders", () => {
    expect(namedPaths("see `lib/a.ts`, `components/x/{b,c}.tsx` and `bench/results/<date>.json`, `/en/petitions`, `proxy.ts`")).toEqual([
      "lib/a.ts",
      "components/x/b.tsx",
      "components/x/c.tsx",
      "proxy.ts",
    ]);
  });

  for (const doc of docs) {
    it(`${doc} names only paths that exist`, () => {
      expect(namedPaths(read(doc)).filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([]);
    });
  }
});

describe("the layers", () => {
  it("pages and components never import drizzle-orm, and take only row types from db/schema", () => {
    const offending = uiFiles.filter((f) => {
      const text = read(f);
      return /from "drizzle-orm/.test(text) || /import (?!type )[^;]*from "@\/db\/schema/.test(text);
    });
    expect(offending).toEqual([]);
  });

  it("every server-action file goes through the spine in lib/forms", () => {
    const actions = uiFiles.filter((f) => /^["']use server["'];/m.test(read(f)));
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((f) => !read(f).includes('from "@/lib/forms/'))).toEqual([]);
  });

  it("no route file is named actions.ts (the word is the protest actions' URL segment)", () => {
    expect(uiFiles.filter((f) => path.basename(f) === "actions.ts")).toEqual([]);
  });
});

describe("file size", () => {
  it("no source file passes 300 lines", () => {
    const roots = ["app", "components", "lib", "db", "emails", "scripts", "bench", "packages"];
    const files = [...roots.flatMap(filesUnder), "proxy.ts", "instrumentation.ts"].filter((f) => SOURCE.test(f) && !f.includes("node_modules") && !f.startsWith("db/migrations/"));
    const long = files.filter((f) => read(f).split("\n").length - 1 > 300).map((f) => `${f}: ${read(f).split("\n").length - 1}`);
    expect(long).toEqual([]);
  });
});
