// Scenarios 1, 1b, 7 and 3: signing through the JSON API (against the baseline server) and the
// no-JavaScript form, every acknowledged signature on disk, and reads while signing load runs.
import { BASELINE_PORT, CONNECTIONS, SLUG, BROWSER, median, runs, wants } from "../options.mjs";
import { hiddenActionFields, load, MULTIPART, multipart, nextSigner, signerJson, summary } from "../load.mjs";

export async function signing({ base, db, results, record }) {
  // 1 and 7: signing through the JSON API, Picket and baseline, at each concurrency.
  let acknowledged = 0;
  for (const connections of CONNECTIONS) {
    const picketRuns = [];
    const baselineRuns = [];
    for (let r = 0; r < runs; r++) {
      const p = summary(await load({ url: `${base}/api/petitions/${SLUG}/signatures`, connections, method: "POST", headers: { "content-type": "application/json", origin: base }, body: signerJson(`api${connections}r${r}`) }), 202);
      acknowledged += p.ok;
      picketRuns.push(p);
      baselineRuns.push(summary(await load({ url: `http://127.0.0.1:${BASELINE_PORT}/`, connections, method: "POST", headers: { "content-type": "application/json" }, body: signerJson(`base${connections}r${r}`) }), 202));
    }
    const m = (xs, k) => median(xs.map((x) => x[k]));
    record(`sign-json-${connections}`, {
      picket: { rps: m(picketRuns, "rps"), p50: m(picketRuns, "p50"), p99: m(picketRuns, "p99"), errors: m(picketRuns, "errors") },
      baseline: { rps: m(baselineRuns, "rps"), p50: m(baselineRuns, "p50"), p99: m(baselineRuns, "p99") },
      ratio: +(m(picketRuns, "rps") / m(baselineRuns, "rps")).toFixed(2),
    });
  }

  // 1b: the no-JavaScript form POST to the server action.
  const html = await (await fetch(`${base}/en/petitions/${SLUG}`)).text();
  const actionFields = hiddenActionFields(html);
  const formBody = (prefix) => () =>
    multipart([...actionFields, ["name", "Form Signer"], ["email", `${prefix}-${nextSigner()}@bench.example`], ["country", "DE"], ["nameDisplay", "first_country"]]);
  const formRuns = [];
  for (let r = 0; r < runs; r++) {
    const f = summary(await load({ url: `${base}/en/petitions/${SLUG}`, connections: CONNECTIONS[0], method: "POST", headers: { "content-type": MULTIPART, origin: base }, body: formBody(`form${r}`) }), 303);
    acknowledged += f.ok;
    formRuns.push(f);
  }
  const baseRps = results.scenarios[`sign-json-${CONNECTIONS[0]}`].baseline.rps;
  record("sign-form", { rps: median(formRuns.map((f) => f.rps)), p50: median(formRuns.map((f) => f.p50)), p99: median(formRuns.map((f) => f.p99)), ratio: +(median(formRuns.map((f) => f.rps)) / baseRps).toFixed(2) });

  // Every acknowledged signature is on disk.
  const stored = db.prepare("select count(*) as n from signatures where email like '%@bench.example'").get().n;
  record("durability", { acknowledged, stored, ok: stored >= acknowledged });
}

export async function readsUnderSigning({ base, record }) {
  // 3: reads while signing load runs.
  for (const [name, url] of [["petition-page", `${base}/en/petitions/${SLUG}`], ["petition-api", `${base}/api/petitions/${SLUG}`]]) {
    if (!wants(`${name}-under-signing`)) continue;
    const readRuns = [];
    for (let r = 0; r < runs; r++) {
      const [read] = await Promise.all([
        load({ url, connections: CONNECTIONS[0], headers: BROWSER }),
        load({ url: `${base}/api/petitions/${SLUG}/signatures`, connections: 10, method: "POST", headers: { "content-type": "application/json", origin: base }, body: signerJson(`bg-${name}-${r}`) }),
      ]);
      readRuns.push(summary(read, 200));
    }
    record(`${name}-under-signing`, { rps: median(readRuns.map((x) => x.rps)), p50: median(readRuns.map((x) => x.p50)), p99: median(readRuns.map((x) => x.p99)) });
  }
}
