/**
 * The message catalogues, one per locale: messages/<locale>.json plus the feature files in
 * messages/<locale>/*.json, deep-merged. Feature files keep each area's strings together.
 */
import en from "@/messages/en.json";
import enAbuse from "@/messages/en/abuse.json";
import enActions from "@/messages/en/actions.json";
import enDirectory from "@/messages/en/directory.json";
import enHardening from "@/messages/en/hardening.json";
import enLetters from "@/messages/en/letters.json";
import enMydata from "@/messages/en/mydata.json";
import ru from "@/messages/ru.json";
import ruAbuse from "@/messages/ru/abuse.json";
import ruActions from "@/messages/ru/actions.json";
import ruDirectory from "@/messages/ru/directory.json";
import ruHardening from "@/messages/ru/hardening.json";
import ruLetters from "@/messages/ru/letters.json";
import ruMydata from "@/messages/ru/mydata.json";
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

export const catalogues: Record<Locale, Messages> = {
  en: build(en, enLetters, enDirectory, enActions, enAbuse, enMydata, enHardening),
  ru: build(ru, ruLetters, ruDirectory, ruActions, ruAbuse, ruMydata, ruHardening),
};
