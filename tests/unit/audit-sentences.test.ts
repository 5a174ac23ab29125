/** The audit log reads as sentences in each language: every recordable action has one, and they fill in. */
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { locales } from "@/lib/i18n/locales";
import { AUDIT_ACTIONS, auditSentenceKey } from "@/lib/organise/audit-actions";

describe("audit sentences", () => {
  it("every action code recorded anywhere in the code is a known action", () => {
    const files = execFileSync("git", ["ls-files", "lib", "app", "db", "scripts"], { encoding: "utf8" }).split("\n").filter((f) => /\.tsx?$/.test(f));
    const literal = /action:\s*"([a-z_]+(?:\.[a-z_]+)+)"/g;
    const found = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      if (!source.includes("recordAudit(")) continue;
      for (const m of source.matchAll(literal)) found.add(m[1]);
    }
    expect(found.size).toBeGreaterThan(10);
    expect([...found].filter((code) => !(AUDIT_ACTIONS as readonly string[]).includes(code))).toEqual([]);
  });

  it.each(locales)("every action has a sentence in %s that formats without leaving a placeholder", (locale) => {
    const t = translatorFor(locale, "organise.audit.sentence");
    for (const action of AUDIT_ACTIONS) {
      const key = auditSentenceKey(action);
      expect(key, action).not.toBe("unknown");
      const out = t(key, { actor: "Aigerim", code: action, record: "#5", single: "no", email: "a@example.org", name: "Embassy", country: "DE", title: "T", reason: "R", status: "published", language: "en", role: "editor", changed: "none", rule: "r", affected: 12, emailed: 3, flagged: 2, corrected: "no", latitude: "1", longitude: "2", inserted: 2, updated: 1, skipped: 0 });
      expect(out, `${locale} ${action}`).toContain("Aigerim");
      expect(out, `${locale} ${action}`).not.toMatch(/[{}]|organise\.audit/);
    }
  });

  it("reads a bulk invalidation as a sentence, not a code", () => {
    const t = translatorFor("en", "organise.audit.sentence");
    expect(t("signatures_invalidate", { actor: "Aigerim", record: "#7", single: "no", affected: 12, rule: "email domain spam.example" })).toBe(
      "Aigerim invalidated 12 signatures of petition #7 matching email domain spam.example.",
    );
    expect(t("signatures_invalidate", { actor: "Aigerim", record: "#50", single: "yes", affected: 0, rule: "" })).toBe("Aigerim invalidated signature #50.");
    const ru = translatorFor("ru", "organise.audit.sentence");
    expect(ru("signatures_invalidate", { actor: "Айгерим", record: "#7", single: "no", affected: 12, rule: "домен почты spam.example" })).toBe(
      "Айгерим аннулировал(а) 12 подписей петиции #7 по правилу: домен почты spam.example.",
    );
  });

  it("an unknown code still reads as a sentence", () => {
    expect(auditSentenceKey("something.new")).toBe("unknown");
  });
});
