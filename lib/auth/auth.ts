/**
 * Organiser sign-in with Auth.js: email magic links (15 minutes, single use, stored hashed by Auth.js)
 * sent through Picket's outbox, database sessions with an idle timeout and an absolute lifetime.
 * Only people who already have an account (invited, added by an admin, or in ADMIN_EMAILS) get a link;
 * everyone else sees the same "check your email" page and receives nothing.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import type { Adapter } from "next-auth/adapters";
import type { EmailConfig } from "next-auth/providers/email";
import { getDb, type Tx } from "@/db/client";
import { enqueueEmail } from "@/db/queries/outbox";
import { findUserByEmail, insertVerificationToken } from "@/db/queries/users";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { config } from "@/lib/config";
import { isLocale } from "@/lib/i18n/locales";
import { kickDispatcher } from "@/lib/mail/dispatcher";

export const MAGIC_LINK_MAX_AGE_S = 15 * 60;
/** An invitation's link lasts a week: the invited person may not read email every day. */
export const INVITATION_MAX_AGE_DAYS = 7;

function localeOfCallback(url: URL): string {
  const callback = url.searchParams.get("callbackUrl") ?? "";
  const first = callback.replace(/^https?:\/\/[^/]+/, "").split("/")[1];
  return isLocale(first) ? first : "en";
}

/** The page the email links to (a button there spends the token), carrying Auth.js's callback parameters. */
function landingUrl(locale: string, params: { token: string; email: string; callbackUrl: string }): string {
  const landing = new URL(`${config().appUrl}/${locale}/organise/sign-in/verify`);
  for (const [key, value] of Object.entries(params)) landing.searchParams.set(key, value);
  return landing.toString();
}

/**
 * A sign-in link made outside Auth.js's own request flow (for invitations), stored exactly as
 * Auth.js stores its own: SHA-256 of token + secret, single use; it lasts INVITATION_MAX_AGE_DAYS
 * (Auth.js checks each token's own stored expiry).
 */
export function createInvitationSignInUrl(tx: Tx, email: string, locale: string): string {
  const token = randomBytes(32).toString("hex");
  const identifier = email.trim().toLowerCase();
  const hash = createHash("sha256").update(`${token}${config().auth.secret}`).digest("hex");
  insertVerificationToken(tx, identifier, hash, new Date(Date.now() + INVITATION_MAX_AGE_DAYS * 24 * 60 * 60 * 1000));
  return landingUrl(locale, { token, email: identifier, callbackUrl: `${config().appUrl}/${locale}/organise` });
}

const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MAX_AGE_S,
  async sendVerificationRequest({ identifier, url }) {
    const user = findUserByEmail(identifier);
    if (!user) return; // Not an organiser: nothing is sent, and the page shown is the same.
    const authUrl = new URL(url);
    const locale = localeOfCallback(authUrl);
    // The email links to a page with a button, so link scanners cannot spend the single-use token.
    const signInUrl = landingUrl(locale, {
      token: authUrl.searchParams.get("token") ?? "",
      email: authUrl.searchParams.get("email") ?? "",
      callbackUrl: authUrl.searchParams.get("callbackUrl") ?? "",
    });
    getDb().transaction((tx) => {
      enqueueEmail(tx, {
        template: "magic-link",
        recipient: identifier,
        locale,
        payload: { locale, signInUrl, minutes: MAGIC_LINK_MAX_AGE_S / 60 },
      });
    });
    kickDispatcher();
  },
};

function adapter(): Adapter {
  const db = getDb();
  const base = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...base,
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(sessionToken);
      if (!found) return null;
      const createdAt = (found.session as { createdAt?: Date }).createdAt;
      const maxAgeMs = config().auth.sessionMaxHours * 60 * 60 * 1000;
      if (createdAt && createdAt.getTime() + maxAgeMs <= Date.now()) {
        await base.deleteSession!(sessionToken);
        return null;
      }
      return found;
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: adapter(),
  secret: config().auth.secret,
  trustHost: true,
  providers: [emailProvider],
  session: {
    strategy: "database",
    maxAge: config().auth.sessionIdleMinutes * 60,
    updateAge: Math.min(5 * 60, config().auth.sessionIdleMinutes * 30),
  },
  pages: {
    signIn: "/organise/sign-in",
    verifyRequest: "/organise/sign-in/check-email",
    error: "/organise/sign-in",
  },
  callbacks: {
    async signIn({ user, email }) {
      // Asking for a link always "succeeds" (nothing is sent to strangers); using one needs an account.
      if (email?.verificationRequest) return true;
      return !!user.email && !!findUserByEmail(user.email);
    },
    async session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
}));
