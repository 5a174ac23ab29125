"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/forms/form-action";
import { HiddenFields } from "@/components/ui/hidden-fields";

/**
 * A small red button in an inline form that asks before it posts (without JavaScript the plain POST
 * does it), with the action's error beside it. `hidden` are the form's hidden fields; `name` is read
 * after the label by screen readers, to say which row the button is for.
 */
export function AskFirstButton({
  action,
  hidden,
  label,
  name,
  confirmText,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  label: string;
  name: string;
  confirmText: string;
}) {
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <ActionForm action={formAction} className="inline">
      <HiddenFields fields={hidden} />
      <button
        type="submit"
        disabled={pending}
        onClick={(e) => {
          if (!window.confirm(confirmText)) e.preventDefault();
        }}
        className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800"
      >
        {label}
        <span className="sr-only"> {name}</span>
      </button>
      {state.status === "error" && state.formError && (
        <span role="alert" className="ml-2 text-xs text-red-800">
          {te(state.formError)}
        </span>
      )}
    </ActionForm>
  );
}
