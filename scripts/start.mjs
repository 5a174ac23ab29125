// `npm start`: install what is missing, create local secrets, migrate and seed, build if needed, serve.
import path from "node:path";
import { appEnvironment, ensureBuild, ensureDependencies, ensureLocalSecrets, log, readMailboxToken, root, serve, setupDatabase } from "./lib.mjs";

const dev = process.argv.includes("--dev");

ensureDependencies();
ensureLocalSecrets();
const env = appEnvironment({ NODE_ENV: dev ? "development" : "production" });
const port = env.PORT || "3000";
env.PORT = port;
env.AUTH_TRUST_HOST ??= "true";
setupDatabase(env);
if (!dev) ensureBuild(env);

const appUrl = (env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, "");
log(`Picket is starting at ${appUrl}`);
if (!env.RESEND_API_KEY && !env.SMTP_URL) {
  const token = readMailboxToken(env);
  log(`no email service configured: emails go to the local mailbox`);
  log(`  mailbox:  ${appUrl}/dev/mailbox?token=${token}`);
  log(`  JSON:     curl -H 'Authorization: Bearer ${token}' '${appUrl}/api/dev/mailbox?to=you@example.org'`);
  log(`  (token stored in ${path.relative(root, path.resolve(root, env.MAILBOX_TOKEN_FILE || "data/mailbox.token"))})`);
}
log(`organiser workspace: ${appUrl}/en/organise`);
if (dev) serve(path.join(root, "node_modules", ".bin", "next"), ["dev", "-p", port], env);
else serve(process.execPath, [path.join(root, "scripts", "server.mjs")], env);
