/** Server start-up: validates config, opens (and migrates) the database, starts the mail dispatcher and the retention job. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("./lib/config");
  const { getDb } = await import("./db/client");
  const { startDispatcher } = await import("./lib/mail/dispatcher");
  const { startRetention } = await import("./lib/retention");
  const { syncAdminsFromConfig } = await import("./lib/auth/admins");
  const cfg = config();
  getDb();
  syncAdminsFromConfig();
  startDispatcher();
  startRetention();
  console.log(`[picket] mail transport: ${cfg.mail.transport}; app url: ${cfg.appUrl}`);
}
