/**
 * The message catalogues, one per locale: messages/<locale>.json plus the feature files in
 * messages/<locale>/*.json, deep-merged. Feature files keep each area's strings together.
 */
import en from "@/messages/en.json";
import enAbuse from "@/messages/en/abuse.json";
import enActions from "@/messages/en/actions.json";
import enAudit from "@/messages/en/audit.json";
import enDirectory from "@/messages/en/directory.json";
import enLaunch from "@/messages/en/launch.json";
import enIdentity from "@/messages/en/identity.json";
import enLetters from "@/messages/en/letters.json";
import enLetters2 from "@/messages/en/letters2.json";
import enMydata from "@/messages/en/mydata.json";
import enWorkspace from "@/messages/en/workspace.json";
import ru from "@/messages/ru.json";
import ruAbuse from "@/messages/ru/abuse.json";
import ruActions from "@/messages/ru/actions.json";
import ruAudit from "@/messages/ru/audit.json";
import ruDirectory from "@/messages/ru/directory.json";
import ruLaunch from "@/messages/ru/launch.json";
import ruIdentity from "@/messages/ru/identity.json";
import ruLetters from "@/messages/ru/letters.json";
import ruLetters2 from "@/messages/ru/letters2.json";
import ruMydata from "@/messages/ru/mydata.json";
import ruWorkspace from "@/messages/ru/workspace.json";
import enPack from "@/messages/en/pack.json";
import ruPack from "@/messages/ru/pack.json";
import enSign from "@/messages/en/sign.json";
import ruSign from "@/messages/ru/sign.json";
import enPages from "@/messages/en/pages.json";
import ruPages from "@/messages/ru/pages.json";
import enHardening from "@/messages/en/hardening.json";
import ruHardening from "@/messages/ru/hardening.json";
import type { Locale } from "./locales";

export type Messages = Record<string, unknown>;

const isBranch = (v: unknown): v is Messages => !!v && typeof v === "object" && !Array.isArray(v);

export function mergeMessages(a: Messages, b: Messages): Messages {
  const out: Messages = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const current = out[k];
    // A precompiled message (next.config.js) can be an array: a leaf, never merged into.
    out[k] = isBranch(current) && isBranch(v) ? mergeMessages(current, v) : v;
  }
  return out;
}

const build = (...parts: Messages[]) => parts.reduce(mergeMessages, {});

/** Each locale's files, in merge order; tests/unit/messages.test.ts checks no two files disagree on a key. */
export const catalogueFiles: Record<Locale, Messages[]> = {
  en: [en, enLetters, enDirectory, enActions, enAbuse, enMydata, enAudit, enWorkspace, enLaunch, enLetters2, enPack, enSign, enIdentity, enPages, enHardening],
  ru: [ru, ruLetters, ruDirectory, ruActions, ruAbuse, ruMydata, ruAudit, ruWorkspace, ruLaunch, ruLetters2, ruPack, ruSign, ruIdentity, ruPages, ruHardening],
};

export const catalogues: Record<Locale, Messages> = {
  en: build(...catalogueFiles.en),
  ru: build(...catalogueFiles.ru),
};
