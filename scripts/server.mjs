// Picket's production server: Next's request handler behind a small node:http front door.
// It does four things `next start` cannot:
// - the client address used for rate limits and keyed hashes comes from the socket (or from the
//   TRUSTED_PROXY_HOPS-th X-Forwarded-For entry), never from a header a client chose; likewise
//   X-Forwarded-Host / X-Forwarded-Proto are dropped unless a trusted proxy is configured (then the
//   last entry, the one it wrote, is kept);
// - the hot paths of a viral moment (signing, the petition's facts and pages) are answered without
//   Next's per-request cost, by the handler the app registers in @picket/front-door at start-up
//   (instrumentation.ts -> lib/hot/front-door.ts); if it registered too little, the log says so loudly
//   once Next has answered its first request;
// - a request whose path has a broken percent-escape gets 400 before anything decodes it (Next's
//   router answers /api/... paths like "/api/health%" or "/api/petitions/%E0%A4%A" with a 500);
// - on SIGTERM/SIGINT it stops taking requests, finishes the ones in flight, runs the app's shutdown
//   hook (the mail dispatcher finishes its batch, the database closes) and exits, all within 10 seconds.
import http from "node:http";
import net from "node:net";
import next from "next";
import frontDoor from "@picket/front-door";
import { clientAddress, parseTrustedHops, settleForwardedHeaders } from "./client-address.mjs";
import { root } from "./lib.mjs";

// Shared with lib/security/client-ip.ts: the header only this front door writes.
const { CLIENT_ADDRESS_HEADER } = frontDoor;
const SHUTDOWN_LIMIT_MS = 10_000;
const IDLE_GRACE_MS = 1_000;

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const trustedHops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS);

const app = next({ dev: false, dir: root, port, hostname });
const handle = app.getRequestHandler();
// Test servers (scripts/e2e-server.mjs) say which layer answered in x-picket-layer, so a test fails when
// an upgrade silently stops the hot paths from answering (tests/e2e/supporter-signs-through-the-fast-path.spec.ts).
const exposeLayer = process.env.PICKET_EXPOSE_LAYER === "1";
const viaNext = exposeLayer
  ? (req, res) => {
      res.setHeader("x-picket-layer", "next");
      return handle(req, res);
    }
  : handle;
// Before Next starts: tells lib/security/client-ip.ts that the header below is ours (the app runs in
// this process), and the app's start-up that its hot paths will be used, so it checks them.
frontDoor.markFrontDoorRunning();
await app.prepare();

// The app registers in instrumentation.ts, which Next runs in the background from prepare() and
// awaits before it answers its first request: once that request is answered, whatever is still
// missing will stay missing, and would otherwise go unseen.
let selfChecked = false;
function selfCheck() {
  if (selfChecked) return;
  selfChecked = true;
  const missing = frontDoor.missingRegistrations();
  if (missing.length === 0) return;
  frontDoor.complainLoudly("THE FRONT DOOR IS HALF CONNECTED: the app registered too little in @picket/front-door", [
    ...missing,
    "Is @picket/front-door still in serverExternalPackages (next.config.js), and instrumentation.ts still calling connectFrontDoor?",
  ]);
}

/** A path with an escape that does not decode ("%", "%ZZ", a broken UTF-8 sequence). */
function hasBrokenEscape(url) {
  const query = url.indexOf("?");
  const path = query < 0 ? url : url.slice(0, query);
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

let stopping = false;
const server = http.createServer((req, res) => {
  // Whatever a client sent under this name is replaced, never trusted.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedHops) ?? "";
  // The host a request names is believed from X-Forwarded-Host only behind a trusted proxy.
  settleForwardedHeaders(req.headers, trustedHops);
  if (stopping) res.setHeader("connection", "close");
  if (hasBrokenEscape(req.url ?? "/")) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end("Bad request path.\n");
    return;
  }
  const hot = frontDoor.hotHandler();
  if (!selfChecked) {
    if (hot) selfCheck();
    else res.once("finish", selfCheck);
  }
  if (hot && exposeLayer) res.setHeader("x-picket-layer", "hot");
  (hot ? hot(req, res, viaNext) : viaNext(req, res)).catch((err) => {
    console.error("[server] request failed:", err);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.keepAliveTimeout = 5_000;
server.listen(port, hostname, () => console.log(`[picket] listening on ${hostname ?? "*"}:${port}`));

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  console.log(`[picket] ${signal}: finishing in-flight requests`);
  setTimeout(() => {
    console.error("[picket] shutdown took too long; exiting");
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS - 500).unref();
  // Stop listening, but not http.Server#close: it would also drop connections accepted a moment ago
  // whose request has not been read yet, and those clients would see a reset instead of an answer.
  const closed = new Promise((resolve) => net.Server.prototype.close.call(server, resolve));
  // After a grace period, kept-alive connections with nothing in flight are closed so we can finish.
  let idle;
  const grace = setTimeout(() => {
    server.closeIdleConnections();
    idle = setInterval(() => server.closeIdleConnections(), 100);
  }, IDLE_GRACE_MS);
  await closed;
  clearTimeout(grace);
  clearInterval(idle);
  await frontDoor.runShutdown();
  console.log(`[picket] stopped cleanly in ${Date.now() - started} ms`);
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => void shutdown(signal));
