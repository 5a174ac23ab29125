// Scenarios petition-page-js and petition-page-lighthouse: what the petition page costs a phone.
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import { CHROMIUM_FLAGS } from "../../scripts/chromium-flags.mjs";
import { median } from "../options.mjs";

/**
 * The JavaScript a phone downloads for the page at `url`, gzipped as it travels. Browsers that run
 * modules (every current phone) skip the noModule polyfills: counted apart.
 */
export async function pageJavaScript(url) {
  const pageHtml = await (await fetch(url)).text();
  const scriptTags = [...pageHtml.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const gzipKB = async (srcs) => {
    let bytes = 0;
    for (const src of srcs) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length;
    return +(bytes / 1024).toFixed(1);
  };
  const scripts = [...new Set(scriptTags.filter((m) => !/\snomodule/i.test(m[0])).map((m) => m[1]))];
  const noModule = [...new Set(scriptTags.filter((m) => /\snomodule/i.test(m[0])).map((m) => m[1]))];
  return { scripts: scripts.length, gzipKB: await gzipKB(scripts), noModuleGzipKB: await gzipKB(noModule) };
}

/**
 * Lighthouse on one page, as a phone sees it: Lighthouse's default mobile profile and simulated
 * throttling (a slow 4G link and a CPU 4x slower than this machine's), performance and accessibility
 * only. Each run gets a fresh Chromium, which may talk to 127.0.0.1 only. Scores (0–100) and metrics
 * are medians over the runs. On a shared 2-core machine the CPU-bound numbers (TBT above all) vary.
 */
export async function lighthouseScenario(url, count) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  let chromePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chromePath)) chromePath = (await import("playwright-core")).chromium.executablePath();
  const chromeFlags = [
    "--headless",
    ...CHROMIUM_FLAGS,
    // Belt and braces: no name resolves except the bench server's.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  ];
  const metrics = { performance: [], accessibility: [], fcpMs: [], lcpMs: [], tbtMs: [], cls: [], totalKB: [], secondsPerRun: [] };
  let version;
  const run = async () => {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
    try {
      return (await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] })).lhr;
    } finally {
      await chrome.kill();
    }
  };
  for (let r = 0; r < count; r++) {
    const started = Date.now();
    let lhr = await run();
    // Now and then the trace misses the navigation (NO_NAVSTART on a busy machine): one more try.
    if (lhr.runtimeError) lhr = await run();
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    version = lhr.lighthouseVersion;
    const value = (id) => lhr.audits[id].numericValue;
    metrics.performance.push(Math.round(lhr.categories.performance.score * 100));
    metrics.accessibility.push(Math.round(lhr.categories.accessibility.score * 100));
    metrics.fcpMs.push(Math.round(value("first-contentful-paint")));
    metrics.lcpMs.push(Math.round(value("largest-contentful-paint")));
    metrics.tbtMs.push(Math.round(value("total-blocking-time")));
    metrics.cls.push(+value("cumulative-layout-shift").toFixed(3));
    metrics.totalKB.push(+(value("total-byte-weight") / 1024).toFixed(1));
    metrics.secondsPerRun.push(+((Date.now() - started) / 1000).toFixed(1));
  }
  return { runs: count, lighthouse: version, formFactor: "mobile", throttling: "simulated", ...Object.fromEntries(Object.entries(metrics).map(([k, xs]) => [k, median(xs)])) };
}
