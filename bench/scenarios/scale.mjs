// Scenarios 4 and 5: a petition with EXPORT_ROWS signatures — database size, page latency against
// the nearly empty database's, and the CSV export's time and memory.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { EXPORT_ROWS, RENDER, median, runs, sleep, wants } from "../options.mjs";
import { load, rssKb } from "../load.mjs";

export async function scale({ base, db, dbFile, picket, petitionId, emptyPage, record }) {
  db.pragma("wal_checkpoint(TRUNCATE)");
  const sizeBefore = fs.statSync(dbFile).size + (fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0);
  const bigId = Number(db.prepare("insert into petitions (campaign_id, slug, title, addressee, body, goal, status, created_at) select campaign_id, 'bench-big', 'Bench petition', addressee, body, goal, 'open', created_at from petitions where id = ?").run(petitionId).lastInsertRowid);
  const insert = db.prepare(
    `insert into signatures (petition_id, name, email, email_fingerprint, country, city, name_display, opt_in_updates, consent_version, locale, ip_hash, status, created_at, confirmed_at)
     values (?, ?, ?, ?, ?, null, 'first_country', 0, '2026-11-23', 'en', ?, 'confirmed', ?, ?)`,
  );
  const countries = ["GB", "DE", "KZ", "IN", "CA", "AU", "SE", "FR", "US", "BR"];
  // Values as long as real ones (a 43-character keyed email fingerprint, a 22-character address hash),
  // signing in time order as people do; one address in 5,000 repeats, as behind shared networks.
  const digest = (s) => createHash("sha256").update(s).digest("base64url");
  const firstAt = Date.now() - EXPORT_ROWS * 1000;
  const fill = db.transaction((from, to) => {
    for (let i = from; i < to; i++) {
      const at = firstAt + i * 1000;
      insert.run(bigId, `Signer ${i}`, `signer${i}@example.org`, digest(`email${i}`), countries[i % 10], digest(`ip${i % 5000}`).slice(0, 22), at, at);
    }
  });
  for (let from = 0; from < EXPORT_ROWS; from += 50_000) fill(from, Math.min(EXPORT_ROWS, from + 50_000));
  db.prepare("update petitions set signature_count = ? where id = ?").run(EXPORT_ROWS, bigId);
  db.pragma("wal_checkpoint(TRUNCATE)");
  const sizeAfter = fs.statSync(dbFile).size + (fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0);
  // What the signatures table and its indexes occupy, page by page, per signature row (dbstat); the
  // file's growth over the added rows is shown beside it.
  const stored = db
    .prepare("select sum(pgsize) as bytes from dbstat where name = 'signatures' or name in (select name from sqlite_master where type = 'index' and tbl_name = 'signatures')")
    .get().bytes;
  const rows = db.prepare("select count(*) as n from signatures").get().n;
  record("scale-bytes-per-signature", { value: Math.round(stored / rows), rows, fileGrowthPerAddedRow: Math.round((sizeAfter - sizeBefore) / EXPORT_ROWS) });
  // The fill blocked this process: let it see the kept-alive connections Picket closed meanwhile, or the next fetch reuses one.
  await sleep(100);

  if (wants("scale-petition-page-p50")) {
    const bigPage = [];
    for (let r = 0; r < runs; r++) bigPage.push((await load({ url: `${base}/en/petitions/bench-big`, connections: 10, headers: RENDER })).latency.p50);
    record("scale-petition-page-p50", { emptyMs: median(emptyPage), bigMs: median(bigPage), ratio: +(median(bigPage) / Math.max(0.01, median(emptyPage))).toFixed(2) });
  }

  if (wants("export")) {
    const admin = db.prepare("select id from users where is_admin = 1 limit 1").get().id;
    const session = `bench${Date.now()}`;
    db.prepare("insert into sessions (session_token, user_id, expires, created_at) values (?, ?, ?, ?)").run(createHash("sha256").update(session, "utf8").digest("hex"), admin, Date.now() + 3_600_000, Date.now());
    const rssBase = rssKb(picket.pid);
    let rssPeak = rssBase;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssKb(picket.pid))), 50);
    const exportStart = Date.now();
    const res = await fetch(`${base}/api/organise/petitions/${bigId}/signatures.csv`, { headers: { cookie: `authjs.session-token=${session}` } });
    let lines = 0;
    for await (const chunk of res.body) for (const byte of chunk) if (byte === 10) lines++;
    clearInterval(sampler);
    record("export", { status: res.status, rows: lines - 1, seconds: +((Date.now() - exportStart) / 1000).toFixed(2), peakExtraMB: +((rssPeak - rssBase) / 1024).toFixed(1) });
  }
}
