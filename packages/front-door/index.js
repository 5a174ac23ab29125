/**
 * Where the front door (scripts/server.mjs) and the app (lib/hot/front-door.ts, lib/security/client-ip.ts)
 * meet. The app is bundled by Next and the front door is not, so a module they shared by path would be
 * two copies; this one is a package that next.config.js keeps external, so Node loads it once and both
 * sides import the same instance. Types and the same notes: index.d.ts.
 */
"use strict";

/** The header only the front door writes: the client address it decided (see scripts/client-address.mjs). */
const CLIENT_ADDRESS_HEADER = "x-picket-client-address";

const state = { running: false, hot: null, shutdown: null };

/** A problem nobody would otherwise notice, as a banner in the error log that cannot be missed. */
function complainLoudly(title, reasons) {
  const rule = "!".repeat(78);
  console.error([rule, `!!! [picket] ${title}`, ...reasons.map((r) => `!!!   ${r}`), rule].join("\n"));
}

module.exports = {
  CLIENT_ADDRESS_HEADER,
  /** Called by the front door before Next starts: the client-address header is then ours to believe. */
  markFrontDoorRunning() {
    state.running = true;
  },
  frontDoorRunning: () => state.running,
  /** Called by the app at start-up (lib/hot/front-door.ts): the handler offered every request before Next. */
  registerHotHandler(handler) {
    state.hot = handler;
  },
  hotHandler: () => state.hot,
  /** Called by the app at start-up (lib/hot/front-door.ts): what to stop on SIGTERM once no request is in flight. */
  registerShutdown(fn) {
    state.shutdown = fn;
  },
  async runShutdown() {
    if (state.shutdown) await state.shutdown();
  },
  /** What the app has not registered, in words (empty: all there); the front door checks once Next is ready. */
  missingRegistrations() {
    const missing = [];
    if (!state.hot) missing.push("no hot handler: every request goes through Next (slower in a viral moment, same answers)");
    if (!state.shutdown) missing.push("no shutdown hook: on SIGTERM the mail dispatcher is not drained and the database not closed");
    return missing;
  },
  complainLoudly,
};
