/**
 * Configuration: read and validated once, from process.env, the first time it is asked for.
 * Defaults make `npm start` work on a fresh machine; unsafe production combinations are refused.
 */
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** A whole number of at least `min`, read from its string form, `fallback` when unset. */
const wholeNumber = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

/** How many of each a client may do in the window its name says (config.limits; lib/security/limits.ts). */
const rateLimits = {
  SIGN_LIMIT_BURST_PER_60S: wholeNumber(1),
  SIGN_LIMIT_SUSTAINED_PER_300S: wholeNumber(5),
  SIGN_LIMIT_NOJS_PER_120S: wholeNumber(1),
  SIGN_LIMIT_NOJS_PER_600S: wholeNumber(2),
  REPORT_LIMIT_PER_HOUR: wholeNumber(5),
  REPORT_LIMIT_NOJS_PER_HOUR: wholeNumber(2),
  MAGIC_LINK_LIMIT_PER_15MIN: wholeNumber(5),
  API_SIGN_LIMIT_PER_MINUTE: wholeNumber(60),
};

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().default("file:./data/picket.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: optionalString.pipe(z.url().optional()),
  PICKET_ALTERNATE_ORIGINS: z.string().default(""),
  PICKET_SECRET: optionalString,
  MAIL_FROM: z.string().default("Picket <no-reply@picket.localhost>"),
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: optionalString.pipe(z.url().optional()),
  RESEND_REQUESTS_PER_SECOND: z.coerce.number().positive().default(2),
  RESEND_WEBHOOK_SECRET: optionalString,
  SMTP_URL: optionalString,
  MAILBOX_TOKEN_FILE: z.string().default("data/mailbox.token"),
  MAIL_DISPATCH_INTERVAL_MS: wholeNumber(1000, 50),
  MAIL_MAX_ATTEMPTS: wholeNumber(10),
  AUTH_SECRET: optionalString,
  UPLOADS_DIR: z.string().default("data/uploads"),
  ADMIN_EMAILS: z.string().default(""),
  SESSION_IDLE_MINUTES: wholeNumber(120),
  SESSION_MAX_HOURS: wholeNumber(12),
  RETENTION_ANONYMISE_AFTER_DAYS: wholeNumber(183),
  RETENTION_OUTBOX_DAYS: wholeNumber(30),
  ...rateLimits,
  TRENDING_THRESHOLD_PER_HOUR: wholeNumber(100),
});

export type MailTransportKind = "resend" | "smtp" | "mailbox";

export interface AppConfig {
  env: "development" | "production" | "test";
  databasePath: string;
  uploadsDir: string;
  port: number;
  appUrl: string;
  /** Extra origins the site answers on (an .onion address): links go out on the origin a request came in on. */
  alternateOrigins: string[];
  secret: string;
  mail: {
    from: string;
    transport: MailTransportKind;
    resendApiKey?: string;
    resendRequestsPerSecond: number;
    /** Signing secret of the Resend webhook (whsec_…); without it the webhook endpoint is off. */
    resendWebhookSecret?: string;
    smtpUrl?: string;
    mailboxTokenFile: string;
    dispatchIntervalMs: number;
    maxAttempts: number;
  };
  auth: {
    secret: string;
    adminEmails: string[];
    sessionIdleMinutes: number;
    sessionMaxHours: number;
  };
  retention: {
    /** Days after a petition closes before its signatures' personal data is removed. */
    anonymiseAfterDays: number;
    /** Days after delivery (or giving up) before an outbox row, with its recipient, is deleted. */
    outboxDays: number;
  };
  /** Defaults of the abuse limits; an instance admin can override each one (lib/security/limits.ts). */
  limits: AbuseLimits;
}

export interface AbuseLimits {
  /** Signatures per client address per petition: at most signBurst in 60 s and signSustained in 300 s. */
  signBurst: number;
  signSustained: number;
  /** The same without a proof-of-work solution (no JavaScript, or a script that skipped it): per 120 s and 600 s. */
  signNoJsBurst: number;
  signNoJsSustained: number;
  /** Report-backs and planned-action proposals per client address per hour, with and without proof of work. */
  reportsPerHour: number;
  reportsNoJsPerHour: number;
  /** Sign-in link requests per 15 minutes, per client address and per email address. */
  magicLinksPer15Min: number;
  /** Requests to the JSON signing API per client address per minute (a transport limit: 429). */
  apiSignPerMinute: number;
  /** Signatures per hour from one address or email domain that the organiser dashboard calls trending. */
  trendingPerHour: number;
}

export class ConfigError extends Error {
  readonly code = "config_invalid";
}

// Used only outside production so that tests and `next dev` work before setup ran.
const DEVELOPMENT_SECRET = "picket-development-secret-not-for-production-use";

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Invalid environment: ${detail}`);
  }
  const e = parsed.data;
  if (e.RESEND_API_KEY && e.SMTP_URL) {
    throw new ConfigError("Set either RESEND_API_KEY or SMTP_URL, not both: Picket would not know which to use.");
  }
  if (e.NODE_ENV === "production" && (!e.PICKET_SECRET || e.PICKET_SECRET.length < 32)) {
    throw new ConfigError(
      "PICKET_SECRET must be set to at least 32 random characters in production (npm start writes one to .env.local).",
    );
  }
  if (e.PICKET_SECRET && e.PICKET_SECRET.length < 32) {
    throw new ConfigError("PICKET_SECRET must be at least 32 characters long.");
  }
  if (e.NODE_ENV === "production" && (!e.AUTH_SECRET || e.AUTH_SECRET.length < 32)) {
    throw new ConfigError("AUTH_SECRET must be set to at least 32 random characters in production (npm start writes one to .env.local).");
  }
  const transport: MailTransportKind = e.RESEND_API_KEY ? "resend" : e.SMTP_URL ? "smtp" : "mailbox";
  return {
    env: e.NODE_ENV,
    databasePath: databasePathFromUrl(e.DATABASE_URL),
    uploadsDir: e.UPLOADS_DIR,
    port: e.PORT,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    alternateOrigins: parseAlternateOrigins(e.PICKET_ALTERNATE_ORIGINS),
    secret: e.PICKET_SECRET ?? DEVELOPMENT_SECRET,
    mail: {
      from: e.MAIL_FROM,
      transport,
      resendApiKey: e.RESEND_API_KEY,
      resendRequestsPerSecond: e.RESEND_REQUESTS_PER_SECOND,
      resendWebhookSecret: e.RESEND_WEBHOOK_SECRET,
      smtpUrl: e.SMTP_URL,
      mailboxTokenFile: e.MAILBOX_TOKEN_FILE,
      dispatchIntervalMs: e.MAIL_DISPATCH_INTERVAL_MS,
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
    },
    auth: {
      secret: e.AUTH_SECRET ?? `${DEVELOPMENT_SECRET}-auth`,
      adminEmails: e.ADMIN_EMAILS.split(",")
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionMaxHours: e.SESSION_MAX_HOURS,
    },
    retention: {
      anonymiseAfterDays: e.RETENTION_ANONYMISE_AFTER_DAYS,
      outboxDays: e.RETENTION_OUTBOX_DAYS,
    },
    limits: {
      signBurst: e.SIGN_LIMIT_BURST_PER_60S,
      signSustained: e.SIGN_LIMIT_SUSTAINED_PER_300S,
      signNoJsBurst: e.SIGN_LIMIT_NOJS_PER_120S,
      signNoJsSustained: e.SIGN_LIMIT_NOJS_PER_600S,
      reportsPerHour: e.REPORT_LIMIT_PER_HOUR,
      reportsNoJsPerHour: e.REPORT_LIMIT_NOJS_PER_HOUR,
      magicLinksPer15Min: e.MAGIC_LINK_LIMIT_PER_15MIN,
      apiSignPerMinute: e.API_SIGN_LIMIT_PER_MINUTE,
      trendingPerHour: e.TRENDING_THRESHOLD_PER_HOUR,
    },
  };
}

/** PICKET_ALTERNATE_ORIGINS: comma-separated http(s) origins, nothing more (no path, no userinfo). */
function parseAlternateOrigins(value: string): string[] {
  const origins: string[] = [];
  for (const entry of value.split(",").map((v) => v.trim()).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const bare = url && (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
    if (!url || !bare || entry.replace(/\/+$/, "").toLowerCase() !== url.origin) {
      throw new ConfigError(`PICKET_ALTERNATE_ORIGINS must list origins such as http://example.onion, comma-separated (got "${entry}")`);
    }
    origins.push(url.origin);
  }
  return origins;
}

export function databasePathFromUrl(url: string): string {
  if (url === ":memory:") return url;
  if (url.startsWith("file:")) return url.slice("file:".length);
  if (/^[a-z]+:\/\//i.test(url)) {
    throw new ConfigError(`DATABASE_URL ${url} is not supported yet: use file:./path/to/picket.db`);
  }
  return url;
}

let cached: AppConfig | undefined;

export function config(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Tests change the environment between cases; this forgets the parsed copy. */
export function resetConfigForTests(): void {
  cached = undefined;
}
