/**
 * Where the front door (scripts/server.mjs) and the app (instrumentation.ts, lib/security/client-ip.ts)
 * meet. The app is bundled by Next and the front door is not, so a module they shared by path would be
 * two copies; this one is a package that next.config.js keeps external, so Node loads it once and both
 * sides import the same instance.
 */
"use strict";

/** The header only the front door writes: the client address it decided (see scripts/client-address.mjs). */
const CLIENT_ADDRESS_HEADER = "x-picket-client-address";

const state = { running: false, hot: null, shutdown: null };

module.exports = {
  CLIENT_ADDRESS_HEADER,
  /** Called by the front door before Next starts: the client-address header is then ours to believe. */
  markFrontDoorRunning() {
    state.running = true;
  },
  frontDoorRunning: () => state.running,
  /** Called by instrumentation.ts: the handler offered every request before Next (lib/hot). */
  registerHotHandler(handler) {
    state.hot = handler;
  },
  hotHandler: () => state.hot,
  /** Called by instrumentation.ts: what to stop on SIGTERM once no request is in flight. */
  registerShutdown(fn) {
    state.shutdown = fn;
  },
  async runShutdown() {
    if (state.shutdown) await state.shutdown();
  },
};
