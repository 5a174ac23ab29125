/**
 * Organiser sign-in with Auth.js: email magic links (15 minutes, single use, stored hashed by Auth.js)
 * sent through Picket's outbox, database sessions with an idle timeout and an absolute lifetime.
 * Only people who already have an account (invited, added by an admin, or in ADMIN_EMAILS) get a link,
 * and only for them is a verification token stored; everyone else sees the same "check your email"
 * page, and nothing is written or sent.
 *
 * Session tokens are stored as their SHA-256 hash (a wrapper around the adapter): the cookie holds the
 * token, the database only its hash, so reading the database gives no live session.
 *
 * Auth.js builds its URLs from the request's Host (trustHost). Links and redirects it makes are only
 * ever on one of the site's origins (APP_URL, PICKET_ALTERNATE_ORIGINS): any other Host gets APP_URL's.
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
import { isSiteOrigin, siteOrigins } from "@/lib/security/origin";
import { safeRedirectPath } from "@/lib/security/safe-url";
import { hashToken } from "@/lib/security/tokens";

export const MAGIC_LINK_MAX_AGE_S = 15 * 60;
/** An invitation's link lasts a week: the invited person may not read email every day. */
export const INVITATION_MAX_AGE_DAYS = 7;

function localeOfCallback(url: URL): string {
  const callback = url.searchParams.get("callbackUrl") ?? "";
  const first = callback.replace(/^https?:\/\/[^/]+/, "").split("/")[1];
  return isLocale(first) ? first : "en";
}

/** One of the site's origins: `candidate` if it is one, else APP_URL's. */
function siteOriginOr(candidate: string | undefined): string {
  return candidate && isSiteOrigin(candidate) ? candidate : siteOrigins()[0];
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The page the email links to (a button there spends the token), carrying Auth.js's callback parameters. */
function landingUrl(origin: string, locale: string, params: { token: string; email: string; callbackUrl: string }): string {
  const landing = new URL(`${siteOriginOr(origin)}/${locale}/organise/sign-in/verify`);
  for (const [key, value] of Object.entries(params)) landing.searchParams.set(key, value);
  return landing.toString();
}

/**
 * A sign-in link made outside Auth.js's own request flow (for invitations), stored exactly as
 * Auth.js stores its own: SHA-256 of token + secret, single use; it lasts INVITATION_MAX_AGE_DAYS
 * (Auth.js checks each token's own stored expiry).
 */
export function createInvitationSignInUrl(tx: Tx, email: string, locale: string, origin: string = siteOrigins()[0]): string {
  const token = randomBytes(32).toString("hex");
  const identifier = email.trim().toLowerCase();
  const hash = createHash("sha256").update(`${token}${config().auth.secret}`).digest("hex");
  insertVerificationToken(tx, identifier, hash, new Date(Date.now() + INVITATION_MAX_AGE_DAYS * 24 * 60 * 60 * 1000));
  return landingUrl(origin, locale, { token, email: identifier, callbackUrl: `/${locale}/organise` });
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
    // Auth.js made `url` from the request's Host: only one of the site's origins is kept.
    const signInUrl = landingUrl(authUrl.origin, locale, {
      token: authUrl.searchParams.get("token") ?? "",
      email: authUrl.searchParams.get("email") ?? "",
      callbackUrl: safeRedirectPath(authUrl.searchParams.get("callbackUrl"), `/${locale}/organise`, siteOrigins()),
    });
    enqueueEmail({
      template: "magic-link",
      recipient: identifier,
      locale,
      payload: { locale, signInUrl, minutes: MAGIC_LINK_MAX_AGE_S / 60 },
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
  // Sessions: the cookie carries the token, the table its hash. Auth.js is handed back the token it
  // made, so the cookie it sets is the token; every lookup hashes what the cookie holds.
  return {
    ...base,
    async createVerificationToken(token) {
      // No account, no stored token: the answer Auth.js gives is the same either way.
      if (!findUserByEmail(token.identifier)) return token;
      return base.createVerificationToken!(token);
    },
    async createSession(session) {
      const created = await base.createSession!({ ...session, sessionToken: hashToken(session.sessionToken) });
      return { ...created, sessionToken: session.sessionToken };
    },
    async updateSession(session) {
      const updated = await base.updateSession!({ ...session, sessionToken: hashToken(session.sessionToken) });
      return updated && { ...updated, sessionToken: session.sessionToken };
    },
    async deleteSession(sessionToken) {
      await base.deleteSession!(hashToken(sessionToken));
    },
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(hashToken(sessionToken));
      if (!found) return null;
      const createdAt = (found.session as { createdAt?: Date }).createdAt;
      const maxAgeMs = config().auth.sessionMaxHours * 60 * 60 * 1000;
      if (createdAt && createdAt.getTime() + maxAgeMs <= Date.now()) {
        await base.deleteSession!(hashToken(sessionToken));
        return null;
      }
      return { ...found, session: { ...found.session, sessionToken } };
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
    // Every redirect Auth.js makes (callbackUrl from a query, a form or a cookie) stays on the site.
    async redirect({ url, baseUrl }) {
      const origin = siteOriginOr(originOf(baseUrl));
      return `${origin}${safeRedirectPath(url, "/en/organise", siteOrigins())}`;
    },
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
