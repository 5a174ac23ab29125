"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { MERGE_FIELDS, type MergeField } from "@/lib/letters/merge-fields";
import { Section } from "@/components/layout/page-section";

const TARGETS = ["subject", "salutation", "body", "signOff"];

/**
 * The merge fields next to the template editor. With JavaScript each one is also a button that
 * inserts it where the cursor was in the last field that may hold merge fields (the body by default).
 */
export function MergeFieldList({ formId }: { formId: string }) {
  const t = useTranslations("organise.letters.mergeFields");
  const [interactive, setInteractive] = useState(false);
  const target = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

  useEffect(() => {
    setInteractive(true);
    const form = document.getElementById(formId);
    const remember = (e: FocusEvent) => {
      const el = e.target as HTMLInputElement | HTMLTextAreaElement;
      if (TARGETS.includes(el.name)) target.current = el;
    };
    form?.addEventListener("focusin", remember);
    return () => form?.removeEventListener("focusin", remember);
  }, [formId]);

  const insert = (field: MergeField) => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    const el = target.current ?? (form?.elements.namedItem("body") as HTMLTextAreaElement | null);
    if (!el) return;
    el.focus();
    el.setRangeText(`{{${field}}}`, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, "end");
    el.dispatchEvent(new Event("input", { bubbles: true }));
  };

  return (
    <Section headingId="merge-fields-heading" title={t("heading")} className="rounded-lg bg-white p-4 shadow-sm" headingClassName="text-lg font-bold">
      <p className="mt-1 text-sm text-stone-700">{t("intro")}</p>
      <ul className="mt-3 space-y-2 text-sm">
        {MERGE_FIELDS.map((field) => {
          const code = `{{${field}}}`;
          return (
            <li key={field}>
              {interactive ? (
                <button
                  type="button"
                  onClick={() => insert(field)}
                  className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs hover:bg-stone-100"
                >
                  <span className="sr-only">{t("insert")} </span>
                  {code}
                </button>
              ) : (
                <code className="rounded bg-stone-100 px-1.5 py-0.5 text-xs">{code}</code>
              )}{" "}
              <span className="text-stone-700">{t(field.replaceAll(".", "_"))}</span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
