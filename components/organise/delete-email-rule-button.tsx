"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/forms/form-action";

/** Deletes one email domain rule after asking (without JavaScript the plain POST deletes it). */
/** Texts come from the server page: the organiser layout sends the client only the shared catalogues. */
export function DeleteEmailRuleButton({
  domain,
  action,
  label,
  confirmText,
}: {
  domain: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  confirmText: string;
}) {
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <ActionForm action={formAction} className="inline">
      <input type="hidden" name="domain" value={domain} />
      <button
        type="submit"
        disabled={pending}
        onClick={(e) => {
          if (!window.confirm(confirmText)) e.preventDefault();
        }}
        className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800"
      >
        {label}
        <span className="sr-only"> {domain}</span>
      </button>
      {state.status === "error" && state.formError && (
        <span role="alert" className="ml-2 text-xs text-red-800">
          {te(state.formError)}
        </span>
      )}
    </ActionForm>
  );
}
