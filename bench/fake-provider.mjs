// A stand-in for Resend on 127.0.0.1 (see fakeProvider).
import http from "node:http";

/**
 * A stand-in for Resend that enforces 2 requests per second and 100 emails per batch, notes duplicates,
 * and keeps the confirmation tokens of the emails it accepted.
 */
export async function fakeProvider() {
  const seen = new Set();
  const tokens = [];
  const stats = { calls: 0, rejected429: 0, delivered: 0, duplicates: 0, idleGapsOver1s: 0 };
  let lastAccepted = 0;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      stats.calls++;
      const now = Date.now();
      if (now - lastAccepted < 500) {
        stats.rejected429++;
        res.writeHead(429, { "content-type": "application/json", "retry-after": "1" }).end('{"name":"rate_limit_exceeded","message":"Too many requests","statusCode":429}');
        return;
      }
      if (lastAccepted && now - lastAccepted > 1000) stats.idleGapsOver1s++;
      lastAccepted = now;
      const body = JSON.parse(raw || "{}");
      const emails = Array.isArray(body) ? body : [body];
      if (emails.length > 100) {
        res.writeHead(422, { "content-type": "application/json" }).end('{"message":"too many emails","statusCode":422}');
        return;
      }
      for (const e of emails) {
        if (seen.has(e.to)) stats.duplicates++;
        seen.add(e.to);
        stats.delivered++;
        const token = /\/confirm\/([A-Za-z0-9_-]{43})/.exec(e.text ?? "")?.[1];
        if (token) tokens.push(token);
      }
      const ids = emails.map((_, i) => ({ id: `em_${stats.calls}_${i}` }));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(Array.isArray(body) ? { data: ids } : ids[0]));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, stats, tokens, close: () => server.close() };
}
