// The baseline: the least a Node.js server on this machine must do per signature — parse JSON,
// validate, insert the signature and its outbox row in one transaction — with no framework.
// Picket's figures are reported as ratios to this one's, measured in the same run.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";

const [port, file] = process.argv.slice(2);
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.pragma("busy_timeout = 5000");
db.exec(`create table if not exists signatures (id integer primary key, petition_id integer not null, name text not null,
  email text not null, fingerprint text not null, country text not null, token_hash text not null, created_at integer not null,
  unique (petition_id, fingerprint));
  create table if not exists outbox (id integer primary key, template text not null, recipient text not null, payload text not null, created_at integer not null);`);
const insertSignature = db.prepare("insert into signatures (petition_id, name, email, fingerprint, country, token_hash, created_at) values (1, ?, ?, ?, ?, ?, ?) on conflict do nothing");
const insertOutbox = db.prepare("insert into outbox (template, recipient, payload, created_at) values ('confirm-signature', ?, ?, ?)");
const sign = db.transaction((name, email, country) => {
  const token = randomBytes(32).toString("base64url");
  const now = Date.now();
  const fingerprint = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  insertSignature.run(name, email, fingerprint, country, createHash("sha256").update(token).digest("hex"), now);
  insertOutbox.run(email, JSON.stringify({ token }), now);
});
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

http
  .createServer((req, res) => {
    if (req.method !== "POST") {
      res.writeHead(404).end();
      return;
    }
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      let data;
      try {
        data = JSON.parse(body);
      } catch {
        res.writeHead(400).end();
        return;
      }
      const { name, email, country } = data ?? {};
      if (typeof name !== "string" || !name.trim() || name.length > 100 || typeof email !== "string" || !EMAIL.test(email) || typeof country !== "string" || !/^[A-Z]{2}$/.test(country)) {
        res.writeHead(422, { "content-type": "application/json" }).end('{"error":"validation_failed"}');
        return;
      }
      sign(name.trim(), email.trim(), country);
      res.writeHead(202, { "content-type": "application/json" }).end('{"status":"pending_confirmation"}');
    });
  })
  .listen(Number(port), "127.0.0.1");
