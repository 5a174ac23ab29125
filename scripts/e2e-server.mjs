// The server Playwright tests run against: a fresh database and mailbox in data/e2e/, the production build.
import fs from "node:fs";
import path from "node:path";
import { appEnvironment, RAISED_LIMITS, readMailboxToken, root, serve, setupDatabase } from "./lib.mjs";

const port = process.env.E2E_PORT || "3100";
const dir = path.join(root, "data", "e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const env = appEnvironment({
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  APP_URL: `http://localhost:${port}`,
  DATABASE_URL: `file:${path.join(dir, "picket.db")}`,
  MAILBOX_TOKEN_FILE: path.join(dir, "mailbox.token"),
  PICKET_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
  AUTH_SECRET: "e2e-auth-secret-e2e-auth-secret-0123456789",
  AUTH_TRUST_HOST: "true",
  MAIL_DISPATCH_INTERVAL_MS: "200",
  PICKET_EXPOSE_LAYER: "1",
  // Every spec signs from 127.0.0.1; tests/e2e/crowd-signs-from-one-address-and-a-flood-is-held-back.spec.ts checks the real limits on its own server.
  ...RAISED_LIMITS,
});
// The e2e run always uses the local mailbox, whatever this machine's .env.local says.
delete env.RESEND_API_KEY;
delete env.SMTP_URL;
setupDatabase(env);
readMailboxToken(env);
serve(process.execPath, [path.join(root, "scripts", "server.mjs")], env);
