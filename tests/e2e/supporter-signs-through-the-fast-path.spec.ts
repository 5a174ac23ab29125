/**
 * The front door's hot paths (lib/hot) against the real server: the page micro-cache (fresh nonce per
 * answer, compressed or not; a write shows at once), and the no-JavaScript sign form answered without
 * Next when it signs, and by Next (errors next to the fields) when it does not.
 */
import { gunzipSync } from "node:zlib";
import { e2eDb } from "./db";
import { apiCount, expect, Mailbox, MAIN_PETITION, test, uniqueEmail } from "./fixtures";
import { hiddenActionFields, ORIGIN, send } from "./raw-http";

const PAGE = `/en/petitions/${MAIN_PETITION}`;
const BOUNDARY = "----hotpaths";

function multipart(fields: [string, string][]): string {
  return fields.map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
}

async function postForm(fields: [string, string][]) {
  return send({
    method: "POST",
    path: PAGE,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: ORIGIN },
    body: multipart(fields),
  });
}

const nonceOf = (csp: string | string[] | undefined) => /'nonce-([^']+)'/.exec(String(csp))?.[1];

test("the cached petition page: every answer has its own nonce, on every script, compressed or not", async () => {
  const seen = new Set<string>();
  for (const encoding of ["gzip", "identity", "gzip"]) {
    const res = await new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      import("node:http").then(({ default: http }) =>
        http
          .get({ host: "127.0.0.1", port: Number(new URL(ORIGIN).port), path: PAGE, headers: { host: new URL(ORIGIN).host, "accept-encoding": encoding } }, (r) => {
            const chunks: Buffer[] = [];
            r.on("data", (c: Buffer) => chunks.push(c));
            r.on("end", () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject),
      );
    });
    expect(res.headers["content-encoding"]).toBe(encoding === "gzip" ? "gzip" : undefined);
    const html = (encoding === "gzip" ? gunzipSync(res.body) : res.body).toString("utf8");
    const nonce = nonceOf(res.headers["content-security-policy"]);
    expect(nonce).toBeTruthy();
    expect(seen.has(nonce!)).toBe(false);
    seen.add(nonce!);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
    expect(html).toContain("</html>");
  }
});

test("a visitor's Host header never reaches the cached page others get", async () => {
  // Whichever request fills the cache, what it stores comes from the site's own name.
  for (let i = 0; i < 3; i++) {
    const res = await send({ method: "GET", path: `/ru/petitions/${MAIN_PETITION}`, headers: { host: "evil.example" } });
    expect(res.status).toBe(200);
    expect(String(res.headers.link)).not.toContain("evil.example");
    expect(res.body).not.toContain("evil.example");
  }
});

test("a confirmation shows on the cached page at once, not a second later", async ({ request, mailbox }) => {
  const email = uniqueEmail("hot-fresh");
  const signed = await request.post(`/api/petitions/${MAIN_PETITION}/signatures`, {
    headers: { origin: ORIGIN },
    data: { name: "Fresh Reader", email, country: "GB" },
  });
  expect(signed.status()).toBe(202);
  const link = Mailbox.confirmLink((await mailbox.waitFor(email))[0]);
  const fields = hiddenActionFields((await send({ method: "GET", path: link })).body);
  const countOnPage = async () => Number(/data-count="(\d+)"/.exec((await send({ method: "GET", path: PAGE })).body)?.[1]);
  const before = await countOnPage();
  expect(await countOnPage()).toBe(before); // now from the cache, which would keep this count for a second
  // The confirm button's post, as a browser without JavaScript sends it: well inside that second.
  const confirmed = await send({
    method: "POST",
    path: link,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: ORIGIN },
    body: multipart(fields),
  });
  expect(confirmed.status).toBe(303);
  expect(await countOnPage()).toBe(before + 1);
  expect(await apiCount(request, MAIN_PETITION)).toBe(before + 1);
});

test("the no-JavaScript sign form: a valid post signs and goes to the thanks page; one with errors shows them and writes nothing", async () => {
  const fields = hiddenActionFields((await send({ method: "GET", path: PAGE })).body, 'name="email"');
  expect(fields.length).toBeGreaterThan(0);
  const email = uniqueEmail("hot-form");
  const ok = await postForm([...fields, ["name", "Form Signer"], ["email", email], ["country", "DE"], ["nameDisplay", "first_country"]]);
  expect(ok.status).toBe(303);
  expect(ok.headers.location).toBe(`/en/petitions/${MAIN_PETITION}/thanks`);
  // Answered by the hot path: Next would give the same 303, so only the layer shows the sign action's id was found.
  expect(ok.headers["x-picket-layer"]).toBe("hot");
  const db = e2eDb();
  const row = db.prepare("select id, status from signatures where email = ?").get(email) as { id: number; status: string } | undefined;
  expect(row?.status).toBe("pending");
  expect((db.prepare("select count(*) as n from outbox where recipient = ?").get(email) as { n: number }).n).toBe(1);
  // The "show my comment publicly" tick travels with the plain post; unticked stays private.
  const ticked = uniqueEmail("hot-form-public");
  const withComment = (address: string, extra: [string, string][]) =>
    postForm([...fields, ["name", "Form Signer"], ["email", address], ["country", "DE"], ["comment", "Solidarity"], ...extra]);
  expect((await withComment(ticked, [["commentPublic", "on"]])).status).toBe(303);
  const unticked = uniqueEmail("hot-form-private");
  expect((await withComment(unticked, [])).status).toBe(303);
  const flag = (address: string) => (db.prepare("select comment_public as p from signatures where email = ?").get(address) as { p: number }).p;
  expect(flag(ticked)).toBe(1);
  expect(flag(unticked)).toBe(0);

  const bad = uniqueEmail("hot-form-bad").replace("@", "");
  const refused = await postForm([...fields, ["name", "Form Signer"], ["email", bad], ["country", "DE"], ["nameDisplay", "first_country"]]);
  expect(refused.status).toBe(200);
  expect(refused.headers["x-picket-layer"]).toBe("next");
  expect(refused.body).toContain("Enter a valid email address");
  // What was typed comes back in the form, and nothing was stored.
  expect(refused.body).toContain(bad);
  expect((db.prepare("select count(*) as n from signatures where email = ?").get(bad) as { n: number }).n).toBe(0);
});

test("the hot paths answer, not Next: an upgrade that switched them off would fail here", async ({ request }) => {
  // Test servers name the layer that answered (PICKET_EXPOSE_LAYER=1 in scripts/e2e-server.mjs).
  const facts = await request.get(`/api/petitions/${MAIN_PETITION}`);
  expect(facts.headers()["x-picket-layer"]).toBe("hot");
  // The page micro-cache answers a cookie-less visitor (raw requests: the browser context may carry cookies).
  await send({ method: "GET", path: PAGE, headers: { host: new URL(ORIGIN).host } });
  expect((await send({ method: "GET", path: PAGE, headers: { host: new URL(ORIGIN).host } })).headers["x-picket-layer"]).toBe("hot");
  const signed = await request.post(`/api/petitions/${MAIN_PETITION}/signatures`, {
    headers: { origin: ORIGIN },
    data: { name: "Layer Check", email: uniqueEmail("layer"), country: "GB" },
  });
  expect(signed.status()).toBe(202);
  expect(signed.headers()["x-picket-layer"]).toBe("hot");
  // Everything else is Next's.
  expect((await request.get("/en/privacy")).headers()["x-picket-layer"]).toBe("next");
});
