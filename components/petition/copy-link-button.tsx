"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/** The link in a read-only field (works without JavaScript) and a copy button (with it). */
export function CopyLinkButton({ url }: { url: string }) {
  const t = useTranslations("share");
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("linkLabel")}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-2 py-1.5 text-sm"
        />
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
          className="rounded-md bg-stone-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-900"
        >
          {t("copy")}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-5 text-sm text-green-800">
        {copied ? t("copied") : ""}
      </p>
    </div>
  );
}
