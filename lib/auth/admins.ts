/** Instance admins: from ADMIN_EMAILS at start-up, or added with `npm run admin:add -- email`. */
import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { ensureUser } from "@/db/queries/users";
import { config } from "@/lib/config";

export function addAdmin(email: string, actorUserId: string | null = null) {
  const parsed = z.email().safeParse(email.trim());
  if (!parsed.success) throw new Error(`Not an email address: ${email}`);
  return getDb().transaction((tx) => {
    const user = ensureUser(tx, parsed.data, { isAdmin: true });
    recordAudit(tx, { actorUserId, action: "admin.add", entityType: "user", entityId: user.id, detail: { email: user.email } });
    return user;
  });
}

export function syncAdminsFromConfig(): void {
  for (const email of config().auth.adminEmails) addAdmin(email);
}
