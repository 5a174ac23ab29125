"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { previewLetterTemplateAction } from "@/app/[locale]/organise/campaigns/[campaignId]/letters/letter-template-actions";
import type { Letter } from "@/lib/letters/compose";
import { LetterPreview } from "./letter-preview";
import { Section } from "@/components/layout/page-section";

/**
 * The template editor's live preview: follows what is typed in the form (debounced), rendered by
 * the server with sample values. Without JavaScript it shows the saved template.
 */
export function TemplatePreviewPanel({ formId, locale, initial }: { formId: string; locale: string; initial: Letter | null }) {
  const t = useTranslations("organise.letters.preview");
  const [letter, setLetter] = useState(initial);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        startTransition(async () => {
          const next = await previewLetterTemplateAction(locale, new FormData(form));
          if (next) setLetter(next);
        });
      }, 400);
    };
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", update);
      form.removeEventListener("change", update);
    };
  }, [formId, locale]);

  return (
    <Section headingId="template-preview-heading" title={t("heading")} className="space-y-2" headingClassName="text-lg font-bold">
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <p aria-live="polite" className="h-5 text-sm text-stone-600">
        {pending ? t("updating") : ""}
      </p>
      {letter && <LetterPreview letter={letter} labelledBy="template-preview-heading" />}
    </Section>
  );
}
