/**
 * After the run, the checks over everything the suite's browsers were sent (tests/e2e/page-record.ts):
 *
 * - every page's HTML, as the server sent it, has no error in the W3C Nu HTML Checker (vnu.jar from
 *   the `vnu-jar` package, run once over all pages: the JVM starts once, not per page);
 * - every cookie a response set is one the privacy page lists.
 *
 * A failure lists each page's URL with the checker's message and the markup it points at.
 * PICKET_SKIP_HTML_CHECK=1 skips the HTML check (say, while iterating on one spec).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { COOKIES_FILE, PAGES_DIR, PRIVACY_PAGE_COOKIES } from "./page-record";

const VNU_JAR = path.join(process.cwd(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
}

/** Messages the checker gives for markup that is valid; each with why. None so far. */
const KNOWN_FALSE_POSITIVES: RegExp[] = [];

function checkHtml(): string[] {
  const files = fs.existsSync(PAGES_DIR) ? fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith(".html")) : [];
  if (files.length === 0) return [];
  const started = Date.now();
  const run = spawnSync("java", ["-Xss4m", "-jar", VNU_JAR, "--errors-only", "--no-langdetect", "--format", "json", "--exit-zero-always", "--skip-non-html", PAGES_DIR], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    return [`the HTML checker did not run (is Java installed? npm test installs it): ${run.error?.message ?? run.stderr}`];
  }
  // --format json writes its report to stderr.
  const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  console.log(`[html] ${files.length} pages checked by the Nu HTML Checker in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return report.messages
    .filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error")
    .filter((m) => !KNOWN_FALSE_POSITIVES.some((re) => re.test(m.message)))
    .map((m) => {
      const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : "";
      const page = file && fs.existsSync(file.replace(/\.html$/, ".url")) ? fs.readFileSync(file.replace(/\.html$/, ".url"), "utf8").trim() : file;
      return `${page} [${path.basename(file)}:${m.firstLine ?? m.lastLine ?? "?"}]: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`;
    });
}

function checkCookies(): string[] {
  if (!fs.existsSync(COOKIES_FILE)) return [];
  const seen = new Set(fs.readFileSync(COOKIES_FILE, "utf8").split("\n").filter(Boolean));
  // Auth.js prefixes its cookies with __Secure- / __Host- on https; the e2e server is http.
  const listed = new Set<string>(PRIVACY_PAGE_COOKIES);
  return [...seen].filter((name) => !listed.has(name.replace(/^__(Secure|Host)-/, ""))).map((name) => `cookie ${name} is set but not listed on the privacy page`);
}

export default function globalTeardown(): void {
  const problems = [...checkCookies(), ...(process.env.PICKET_SKIP_HTML_CHECK === "1" ? [] : checkHtml())];
  if (problems.length > 0) {
    throw new Error(`${problems.length} problem(s) in what the pages sent:\n${problems.join("\n")}`);
  }
}
