"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteLetterTemplateAction } from "@/app/[locale]/organise/campaigns/[campaignId]/letters/letter-template-actions";
import { ActionForm } from "@/components/ui/action-form";

/** The confirmed delete: a plain POST to the action (it redirects to the list when done). */
export function DeleteLetterTemplateForm({ locale, campaignId, templateId, label }: { locale: string; campaignId: number; templateId: number; label: string }) {
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(deleteLetterTemplateAction.bind(null, locale), { status: "idle" });
  return (
    <ActionForm action={action}>
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="templateId" value={templateId} />
      <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-bold text-white hover:bg-red-800 disabled:opacity-60">
        {label}
      </button>
      {state.status === "error" && (
        <p role="alert" className="mt-2 text-sm font-semibold text-red-800">
          {te(state.formError ?? "invalid")}
        </p>
      )}
    </ActionForm>
  );
}
