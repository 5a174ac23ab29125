"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { PageSection } from "@/components/layout/page-section";

/** Shown instead of a blank 500: a plain apology and a way to try again. No stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageSection headingId="error-heading" title={t("title")} className="mx-auto max-w-2xl space-y-4">
      <p>{t("body")}</p>
      {error.digest && <p className="text-sm text-stone-600">{t("reference", { digest: error.digest })}</p>}
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </PageSection>
  );
}
