"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { ImportStep } from "@/app/[locale]/organise/campaigns/[campaignId]/directory/directory-actions";
import { describedBy, inputClass } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/form-action";
import type { ImportReport } from "@/lib/directory/import";
import { Link } from "@/lib/i18n/navigation";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ActionForm } from "@/components/ui/action-form";
import { TableHead } from "@/components/ui/table-head";
import { Section } from "@/components/layout/page-section";
import { HintedControl } from "@/components/ui/hinted-control";

type ImportAction = (prev: ActionState<ImportStep>, formData: FormData) => Promise<ActionState<ImportStep>>;

/**
 * The two steps of a CSV import. Step 1 sends a file or pasted text and shows the report; nothing
 * is written. Step 2 sends the same text back with the organiser's choice. Both are plain form
 * posts, so the whole import works without JavaScript.
 */
export function DirectoryImport({
  action,
  campaignId,
  cancelHref,
}: {
  action: ImportAction;
  campaignId: number;
  /** The directory, without the locale prefix. */
  cancelHref: string;
}) {
  const t = useTranslations("directory.import");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const report = state.status === "ok" && state.result.step === "report" ? state.result : undefined;
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") resultRef.current?.focus();
  }, [state]);

  const formError = state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors)[0]) : undefined;
  const button = "rounded-md bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800 disabled:opacity-60";

  return (
    <div className="space-y-8">
      <div ref={resultRef} tabIndex={-1} className="space-y-4 outline-none">
        {formError && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">
            {t.has(`fileProblems.${formError}`) ? t(`fileProblems.${formError}`, { mb: 1 }) : te.has(formError) ? te(formError) : te("invalid")}
          </p>
        )}
        {report && (
          <Section headingId="import-report-heading" title={t("reportHeading")} className="space-y-4" headingClassName="text-2xl font-bold">
            {report.refused && (
              <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">
                {te(report.refused)}
              </p>
            )}
            <Report report={report.report} />
            {report.report.fileProblems.length === 0 && report.report.valid > 0 && (
              <ActionForm action={formAction} className="space-y-3 rounded-lg border border-stone-300 bg-stone-50 p-4">
                <input type="hidden" name="campaignId" value={campaignId} />
                <input type="hidden" name="csv" value={report.csv} />
                <p>{t("nothingWritten")}</p>
                <div className="flex flex-wrap items-center gap-3">
                  {report.report.invalid === 0 ? (
                    <button type="submit" name="intent" value="importAll" disabled={pending} className={button}>
                      {t("importAll", { count: report.report.valid })}
                    </button>
                  ) : (
                    <button type="submit" name="intent" value="importValid" disabled={pending} className={button}>
                      {t("importValid", { count: report.report.valid })}
                    </button>
                  )}
                  <Link href={cancelHref} className="underline">
                    {t("cancel")}
                  </Link>
                </div>
              </ActionForm>
            )}
            {(report.report.fileProblems.length > 0 || report.report.valid === 0) && (
              <p>
                {t("nothingToImport")}{" "}
                <Link href={cancelHref} className="underline">
                  {t("backToDirectory")}
                </Link>
              </p>
            )}
          </Section>
        )}
      </div>

      <Section headingId="import-upload-heading" title={report ? t("checkAnother") : t("uploadHeading")} className="space-y-4" headingClassName="text-2xl font-bold">
        <ActionForm action={formAction} className="space-y-5">
          <input type="hidden" name="campaignId" value={campaignId} />
          <HintedControl id="import-file" label={t("file")} hint={t("fileHint")}>
            <input id="import-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="import-file-hint" className="mt-1 block text-base" />
          </HintedControl>
          <HintedControl id="import-csv" label={t("paste")} hint={t("pasteHint")}>
            <textarea
              id="import-csv"
              name="csv"
              rows={8}
              spellCheck={false}
              className={`${inputClass} mt-1 font-mono text-sm`}
              {...describedBy("import-csv", { hint: true })}
            />
          </HintedControl>
          <button type="submit" name="intent" value="check" disabled={pending} className={button}>
            {pending ? t("checking") : t("check")}
          </button>
        </ActionForm>
      </Section>
    </div>
  );
}

function Report({ report }: { report: ImportReport }) {
  const t = useTranslations("directory.import");
  const te = useTranslations("errors");
  const problem = (code: string, params?: Record<string, string | number>) =>
    t.has(`problems.${code}`) ? t(`problems.${code}`, params) : te.has(code) ? te(code, params) : te("invalid");

  if (report.fileProblems.length) {
    return (
      <div className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
        <p className="font-semibold">{t("fileRejected")}</p>
        <ul className="mt-1 list-disc pl-5">
          {report.fileProblems.map((p) => (
            <li key={p.code}>
              {t(`fileProblems.${p.code}`, {
                mb: 1,
                max: "max" in p ? p.max : 0,
                line: "line" in p ? p.line : 0,
                columns: "columns" in p ? p.columns : "",
              })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p data-testid="import-summary">
        {t("summary", { rows: report.rows, valid: report.valid, invalid: report.invalid, inserts: report.inserts, updates: report.updates })}
      </p>
      {report.rowProblems.length > 0 && (
        <ScrollRegion label={t("problemsCaption", { count: report.invalid })}>
          <table className="w-full bg-white text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t("problemsCaption", { count: report.invalid })}</caption>
            <TableHead columns={[t("row"), t("field"), t("problem")]} />
            <tbody>
              {report.rowProblems.map((p, i) => (
                <tr key={i} className="border-b border-stone-200 align-top">
                  <td className="p-2 tabular-nums">{p.row}</td>
                  <td className="p-2">{p.field ? <code>{p.field}</code> : t("wholeRow")}</td>
                  <td className="p-2">{problem(p.code, p.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
