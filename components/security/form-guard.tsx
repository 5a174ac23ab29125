"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type {} from "altcha/types/react";
import { FieldError } from "@/components/ui/field";

type AltchaElement = HTMLElement & { reset?: () => void; verify?: () => Promise<unknown>; getState?: () => string };
type AltchaGlobal = { i18n: { get: (l: string) => Record<string, string> | undefined; set: (l: string, v: Record<string, string>) => void } };

const STRING_KEYS = ["label", "verifying", "verified", "error", "expired", "verificationRequired", "waitAlert", "loading", "reload", "verify"] as const;

// The widget's script (~34 KB gzipped) loads when someone starts on the form, not with the page:
// most visitors read and leave. Set once the load has started; solveBeforeSubmit waits for it.
let widgetLoading: Promise<unknown> | undefined;

/**
 * The proof-of-work checkbox (ALTCHA, served from this site; the work runs in blob workers).
 * Without JavaScript it is simply absent and the form posts without a solution, which the server
 * accepts under stricter limits. `resetKey` changes after each server answer: a solution is good once.
 */
export function ProofOfWork({
  id,
  error,
  resetKey,
  challengeUrl = "/api/altcha/challenge",
}: {
  id: string;
  error?: string;
  resetKey?: unknown;
  /** The sign form asks with its petition, so the work fits this address's recent signing there. */
  challengeUrl?: string;
}) {
  const t = useTranslations("abuse.widget");
  const locale = useLocale();
  const [ready, setReady] = useState(false);
  // Without JavaScript there is no check in the browser, so the note saying there is one waits for hydration.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const ref = useRef<AltchaElement>(null);
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    const form = holder.current?.closest("form");
    const load = () => {
      form?.removeEventListener("focusin", load);
      form?.removeEventListener("pointerdown", load);
      widgetLoading = import("altcha").then(() => {
        const altcha = (globalThis as unknown as { $altcha: AltchaGlobal }).$altcha;
        const strings = Object.fromEntries(STRING_KEYS.map((k) => [k, t(k)]));
        altcha.i18n.set(locale, { ...(altcha.i18n.get("en") ?? {}), ...strings, footer: "" });
        if (live) setReady(true);
      });
    };
    // Pointer down comes before a click on the submit button; focus before typing or Enter.
    if (!form || form.contains(document.activeElement)) load();
    else {
      form.addEventListener("focusin", load);
      form.addEventListener("pointerdown", load);
    }
    return () => {
      live = false;
      form?.removeEventListener("focusin", load);
      form?.removeEventListener("pointerdown", load);
    };
  }, [locale, t]);

  useEffect(() => {
    ref.current?.reset?.();
  }, [resetKey]);

  useEffect(() => {
    // Someone already typing when the widget arrived: start the work now rather than on the next focus.
    const widget = ref.current;
    if (ready && widget?.closest("form")?.contains(document.activeElement)) void widget.verify?.();
  }, [ready]);

  return (
    <div ref={holder} className="space-y-1" data-testid="proof-of-work">
      {mounted && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {t("hint")}
        </p>
      )}
      {ready && (
        <altcha-widget
          ref={ref}
          id={id}
          challenge={challengeUrl}
          name="altcha"
          auto="onfocus"
          language={locale}
          configuration={JSON.stringify({ hideFooter: true, hideLogo: true })}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/**
 * Called by a form's submit handler with JavaScript: waits for the proof of work if it is still
 * running (or not started), so the post carries a solution and gets the normal limits.
 */
export async function solveBeforeSubmit(form: HTMLFormElement): Promise<void> {
  let widget = form.querySelector<AltchaElement>("altcha-widget");
  if (!widget && widgetLoading) {
    // Its script is still on its way (the form was started a moment ago): wait a few seconds at most.
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const loaded = await Promise.race([widgetLoading.then(() => true, () => false), sleep(5000).then(() => false)]);
    for (let i = 0; loaded && !widget && i < 40; i++) {
      await sleep(50);
      widget = form.querySelector<AltchaElement>("altcha-widget");
    }
  }
  if (!widget?.verify || widget.getState?.() === "verified") return;
  try {
    await widget.verify();
    // The widget writes its hidden field on its next render.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } catch {
    // Unsolved, the form still goes: the server applies the stricter limits.
  }
}

/** A field people never see or reach; software that fills every field gives itself away. */
export function Honeypot({ id }: { id: string }) {
  const t = useTranslations("abuse.widget");
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor={id}>{t("honeypot")}</label>
      <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
