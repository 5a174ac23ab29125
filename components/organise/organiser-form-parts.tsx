"use client";
/** Parts of the organiser form (organiser-form.tsx) that only work with JavaScript: a select's search box and the Markdown preview. */
import { useEffect, useState } from "react";
import { previewMarkdown } from "@/app/[locale]/organise/preview-action";
import { inputClass } from "@/components/ui/field";

/** Narrows a long select to the options (and groups) whose text contains what is typed; only with JavaScript. */
export function SelectSearch({ selectId, label }: { selectId: string; label: string }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  const filter = (query: string) => {
    const select = document.getElementById(selectId) as HTMLSelectElement | null;
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    for (const group of select ? Array.from(select.querySelectorAll("optgroup")) : []) {
      const groupText = group.label.toLocaleLowerCase();
      let shown = 0;
      for (const o of Array.from(group.querySelectorAll("option"))) {
        const text = `${groupText} ${o.text.toLocaleLowerCase()} ${o.value.toLocaleLowerCase()}`;
        o.hidden = !words.every((w) => text.includes(w)) && !o.selected;
        if (!o.hidden) shown++;
      }
      group.hidden = shown === 0;
    }
  };
  return (
    <input type="search" aria-label={label} placeholder={label} className={`${inputClass} mb-2`} onChange={(e) => filter(e.target.value)} />
  );
}

export function MarkdownPreview({ source, label }: { source: string; label: string }) {
  const [html, setHtml] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => {
      previewMarkdown(source).then(setHtml, () => setHtml(""));
    }, 400);
    return () => clearTimeout(timer);
  }, [source]);
  if (!source.trim()) return null;
  return (
    <details open className="mt-2 rounded-md border border-dashed border-stone-300 bg-stone-50 p-3">
      <summary className="cursor-pointer text-sm font-semibold">{label}</summary>
      <div className="prose-picket mt-2" dangerouslySetInnerHTML={{ __html: html }} />
    </details>
  );
}
