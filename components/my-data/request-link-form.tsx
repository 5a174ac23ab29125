"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { ActionState } from "@/lib/forms/form-action";
import { ActionForm } from "@/components/ui/action-form";

type RequestAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One email field. Without JavaScript it is a plain POST whose errors come back next to the field;
 * the server answers every accepted address the same way (by redirecting to the "sent" notice).
 */
export function RequestLinkForm({
  action,
  labels,
}: {
  action: RequestAction;
  labels: { email: string; hint: string; button: string };
}) {
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const summaryRef = useRef<HTMLDivElement>(null);
  const code = state.status === "error" ? (state.fieldErrors.email ?? state.formError) : undefined;
  const error = code ? (te.has(code) ? te(code) : te("invalid")) : undefined;

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error, state]);

  return (
    <ActionForm action={formAction} noValidate className="space-y-4 rounded-lg bg-white p-5 shadow-sm">
      <ErrorSummary summaryRef={summaryRef} show={Boolean(error)} items={error ? [{ id: "my-data-email", message: `${labels.email}: ${error}` }] : []} />
      <Field id="my-data-email" label={labels.email} hint={labels.hint} error={error}>
        <input
          id="my-data-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={state.status === "error" ? state.values.email : ""}
          className={inputClass}
          {...describedBy("my-data-email", { hint: true, error })}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-bold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {labels.button}
      </button>
    </ActionForm>
  );
}
