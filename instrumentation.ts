/**
 * Server start-up: validates config, opens (and migrates) the database, starts the mail dispatcher and
 * the retention job, and hands the front door its hot paths.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("./lib/config");
  const { closeDb, getDb } = await import("./db/client");
  const { startDispatcher, stopDispatcher } = await import("./lib/mail/dispatcher");
  const { startRetention, stopRetention } = await import("./lib/retention");
  const { syncAdminsFromConfig } = await import("./lib/auth/admins");
  const { connectFrontDoor } = await import("./lib/hot/front-door");
  const { placeUnplacedRows } = await import("./lib/geo/backfill");
  const cfg = config();
  getDb();
  syncAdminsFromConfig();
  startDispatcher();
  startRetention();
  // Pins for rows written before coordinates were stored; after start-up, so it never delays the first request.
  setTimeout(() => {
    try {
      const { placed, unknown } = placeUnplacedRows();
      if (placed || unknown) console.log(`[picket] places: ${placed} looked up, ${unknown} not in the gazetteer`);
    } catch (err) {
      console.error("[picket] places: look-up failed", err);
    }
  }, 1000).unref();
  // scripts/server.mjs offers every request to the hot paths before Next, and runs this shutdown on
  // SIGTERM once no request is in flight (lib/hot/front-door.ts hands both over).
  connectFrontDoor(async () => {
    stopRetention();
    await stopDispatcher();
    closeDb();
  });
  console.log(`[picket] mail transport: ${cfg.mail.transport}; app url: ${cfg.appUrl}`);
}
