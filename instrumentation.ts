/** Server start-up: validates config, opens (and migrates) the database, starts the mail dispatcher. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("./lib/config");
  const { getDb } = await import("./db/client");
  const { startDispatcher } = await import("./lib/mail/dispatcher");
  const cfg = config();
  getDb();
  startDispatcher();
  console.log(`[picket] mail transport: ${cfg.mail.transport}; app url: ${cfg.appUrl}`);
}
