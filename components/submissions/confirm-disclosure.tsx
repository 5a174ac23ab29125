import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenFields } from "@/components/ui/hidden-fields";

/**
 * A destructive button that asks first, without JavaScript: the first click opens the question,
 * the second (inside it) posts the form.
 */
export function ConfirmDisclosure({
  summary,
  question,
  confirmLabel,
  action,
  fields,
  children,
}: {
  summary: ReactNode;
  question: string;
  confirmLabel: string;
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  /** More fields inside the form, above the confirm button (e.g. a reply). */
  children?: ReactNode;
}) {
  return (
    <details className="group">
      <summary className="inline-block cursor-pointer rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50">
        {summary}
      </summary>
      <ActionForm action={action} className="mt-2 space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
        <HiddenFields fields={fields} />
        <p className="text-sm text-red-900">{question}</p>
        {children}
        <button type="submit" className="rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900">
          {confirmLabel}
        </button>
      </ActionForm>
    </details>
  );
}
