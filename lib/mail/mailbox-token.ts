/**
 * The local mailbox's access token: random, kept in data/mailbox.token (created on first use),
 * printed at start-up. Required as `Authorization: Bearer <token>` or `?token=`.
 */
import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config } from "@/lib/config";

export function readOrCreateMailboxToken(file = config().mail.mailboxTokenFile): string {
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Missing: create below.
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const token = randomBytes(24).toString("base64url");
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  // `mode` applies only when the file is created; a replaced file keeps its old permissions.
  fs.chmodSync(file, 0o600);
  return token;
}

/** Whether the mailbox routes exist at all: only when no real transport is configured. */
export function mailboxEnabled(): boolean {
  return config().mail.transport === "mailbox";
}

export function mailboxTokenMatches(candidate: string | null | undefined): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(readOrCreateMailboxToken());
  const given = Buffer.from(candidate.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function tokenFromRequest(headers: Headers, searchParams: URLSearchParams): string | null {
  const auth = headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim();
  return searchParams.get("token");
}
