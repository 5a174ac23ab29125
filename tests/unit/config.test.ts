// Proves configuration defaults make a fresh machine work and unsafe production settings are refused.
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

const SECRET = "s".repeat(40);

describe("parseConfig", () => {
  it("works with nothing set", () => {
    const c = parseConfig({ NODE_ENV: "development" });
    expect(c).toMatchObject({ port: 3000, databasePath: "./data/picket.db", appUrl: "http://localhost:3000", uploadsDir: "data/uploads" });
    expect(c.mail.transport).toBe("mailbox");
    expect(c.mail).toMatchObject({ maxAttempts: 10, mailboxTokenFile: "data/mailbox.token" });
    expect(parseConfig({ DATABASE_URL: "file:./data/picket.db" }).databasePath).toBe("./data/picket.db");
    expect(parseConfig({ APP_URL: "https://picket.example.org/" }).appUrl).toBe("https://picket.example.org");
    expect(parseConfig({ PORT: "8080" }).appUrl).toBe("http://localhost:8080");
  });

  it("chooses the transport from what is configured", () => {
    expect(parseConfig({ RESEND_API_KEY: "re_x" }).mail).toMatchObject({ transport: "resend", resendApiKey: "re_x" });
    expect(parseConfig({ SMTP_URL: "smtp://127.0.0.1:25" }).mail.transport).toBe("smtp");
    expect(() => parseConfig({ RESEND_API_KEY: "re_x", SMTP_URL: "smtp://127.0.0.1:25" })).toThrow(ConfigError);
  });

  it("refuses production without strong secrets", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/PICKET_SECRET/);
    expect(() => parseConfig({ PICKET_SECRET: "x".repeat(31) })).toThrow(/at least 32/);
    expect(() => parseConfig({ NODE_ENV: "production", PICKET_SECRET: SECRET })).toThrow(/AUTH_SECRET/);
    expect(() => parseConfig({ NODE_ENV: "production", PICKET_SECRET: "short", AUTH_SECRET: SECRET })).toThrow(ConfigError);
    expect(parseConfig({ NODE_ENV: "production", PICKET_SECRET: SECRET, AUTH_SECRET: SECRET }).secret).toBe(SECRET);
  });

  it("refuses what it cannot use", () => {
    expect(() => parseConfig({ DATABASE_URL: "postgres://db/picket" })).toThrow(ConfigError);
    expect(() => parseConfig({ DATABASE_URL: "postgres://db/picket" })).toThrow(/postgres:\/\/db\/picket is not supported.*file:/);
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => parseConfig({ APP_URL: "not a url" })).toThrow(ConfigError);
  });

  it("reads admins and session limits", () => {
    const c = parseConfig({ ADMIN_EMAILS: " A@example.org, b@example.org ,", SESSION_IDLE_MINUTES: "30" });
    expect(c.auth.adminEmails).toEqual(["a@example.org", "b@example.org"]);
    expect(c.auth.sessionIdleMinutes).toBe(30);
    expect(c.auth.sessionMaxHours).toBe(12);
  });
});
