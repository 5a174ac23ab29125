"use client";
/**
 * The GOV.UK error summary: after a failed submit, a box at the top of the form headed "There is a
 * problem" that lists every error as a link to its field, and the page title prefixed "Error: ".
 * Without JavaScript it is in the HTML the server sends back (the links jump to, and focus, the
 * fields; the page's generateMetadata prefixes the title, lib/i18n/document-title.ts); with
 * JavaScript, focus moves to the box, a link moves focus to its field, and the title is prefixed here.
 */
import { useTranslations } from "next-intl";
import { useEffect, useId, type MouseEvent, type RefObject } from "react";

export interface SummaryItem {
  /** The id of the field (or the first control of a group) the message belongs to. */
  id: string;
  message: string;
}

/**
 * The summary's items from a form's field errors, in the order given, each linking to
 * `idFor(field)` and saying which field ("Email: Enter a valid email address…") when `labelFor` knows it.
 */
export function summaryItems(
  errors: Record<string, string | undefined>,
  idFor: (field: string) => string,
  messageFor: (field: string) => string | undefined,
  labelFor?: (field: string) => string | undefined,
): SummaryItem[] {
  return Object.keys(errors)
    .filter((field) => errors[field])
    .map((field) => {
      const message = messageFor(field) ?? "";
      const label = labelFor?.(field);
      return { id: idFor(field), message: label && message ? `${label}: ${message}` : message };
    })
    .filter((item) => item.message);
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  // As GOV.UK does: the label (or legend) in view above the field, then the field focused.
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? field.closest("fieldset")?.querySelector("legend");
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
  history.replaceState(null, "", `#${id}`);
}

export function ErrorSummary({
  summaryRef,
  items,
  formError,
  show,
}: {
  summaryRef: RefObject<HTMLDivElement | null>;
  items: SummaryItem[];
  /** An error about the whole form (e.g. "too many tries"), shown above the list. */
  formError?: string;
  show: boolean;
}) {
  const t = useTranslations("pages.errorSummary");
  const headingId = useId();
  const visible = show && (items.length > 0 || Boolean(formError));

  useEffect(() => {
    if (!visible) return;
    const before = document.title;
    if (!before.startsWith(t("titlePrefix", { title: "" }))) document.title = t("titlePrefix", { title: before });
    return () => {
      document.title = before;
    };
  }, [visible, t]);

  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={visible ? headingId : undefined} className="outline-none focus-visible:ring-4 focus-visible:ring-amber-400" data-testid="form-alert">
      {visible && (
        <div className="rounded-md border-4 border-red-700 bg-white p-4" data-error-summary="">
          <h2 id={headingId} className="text-xl font-bold text-stone-900">
            {t("title")}
          </h2>
          {formError && <p className="mt-2 font-semibold text-red-900">{formError}</p>}
          {items.length > 0 && (
            <ul className="mt-2 list-none space-y-1">
              {items.map((item) => (
                <li key={item.id}>
                  <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id)} className="inline-block min-h-6 font-semibold text-red-800 underline">
                    {item.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
