// Scenario 2 and count freshness: pending signatures confirmed through the confirm button's POST, with
// the tokens of the confirmation emails the provider has received so far.
import { createHash } from "node:crypto";
import { CONNECTIONS, SLUG, median, sleep, smoke } from "../options.mjs";
import { hiddenActionFields, load, MULTIPART, multipart, summary } from "../load.mjs";

export async function confirming({ base, db, provider, petitionId, record }) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && provider.tokens.length < (smoke ? 20 : 2_000)) await sleep(500);
  const tokens = provider.tokens.slice(0, smoke ? 200 : 20_000);
  const confirmHtml = await (await fetch(`${base}/en/confirm/${tokens[0]}`)).text();
  const confirmFields = hiddenActionFields(confirmHtml);
  const confirmFormBody = (token) => multipart(confirmFields.map(([k, v]) => [k, v.replace(tokens[0], token)]));
  // The confirm load uses the first half of the tokens; the freshness probe picks from what stays pending.
  const loadTokens = tokens.slice(0, Math.max(1, Math.floor(tokens.length / 2)));
  let t = 0;
  const confirmBody = () => confirmFormBody(loadTokens[t++ % loadTokens.length]);
  const before = db.prepare("select signature_count as n from petitions where id = ?").get(petitionId).n;
  const confirmRun = summary(await load({ url: `${base}/en/confirm/${tokens[0]}`, connections: CONNECTIONS[0], method: "POST", headers: { "content-type": MULTIPART, origin: base }, body: confirmBody, duration: smoke ? 1 : 3 }), 303);
  await sleep(2000); // requests the load had in flight when it stopped are still being answered
  const after = db.prepare("select signature_count as n from petitions where id = ?").get(petitionId).n;
  const confirmedNow = db.prepare("select count(*) as n from signatures where petition_id = ? and status = 'confirmed'").get(petitionId).n;
  record("confirm", { rps: confirmRun.rps, p50: confirmRun.p50, p99: confirmRun.p99, counted: after - before, counterMatchesRows: after === confirmedNow });

  // Count freshness: from one confirmation to the new count in the public API.
  const isPending = db.prepare("select 1 from signatures where token_hash = ? and status = 'pending'");
  // Probe with tokens the load never used, so no request of the load can have confirmed them first.
  const stillPending = tokens.slice(loadTokens.length).filter((tok) => isPending.get(createHash("sha256").update(tok).digest("hex")));
  const fresh = [];
  for (const token of stillPending.slice(0, smoke ? 3 : 5)) {
    const countNow = (await (await fetch(`${base}/api/petitions/${SLUG}`)).json()).signatureCount;
    const started = Date.now();
    const res = await fetch(`${base}/en/confirm/${token}`, { method: "POST", headers: { "content-type": MULTIPART, origin: base }, body: confirmFormBody(token), redirect: "manual" });
    let seen = countNow;
    while (Date.now() - started < 10_000 && (seen = (await (await fetch(`${base}/api/petitions/${SLUG}`)).json()).signatureCount) === countNow) await sleep(5);
    fresh.push({ ms: Date.now() - started, status: res.status, location: res.headers.get("location"), from: countNow, to: seen });
  }
  record("count-freshness-ms", { median: fresh.length ? median(fresh.map((f) => f.ms)) : null, samples: fresh });
}
