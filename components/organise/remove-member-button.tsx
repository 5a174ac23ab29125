"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeMemberAction } from "@/app/[locale]/organise/campaigns/[campaignId]/campaign-content-actions";
import { ActionForm } from "@/components/ui/action-form";

export function RemoveMemberButton({ campaignId, userId, email }: { campaignId: number; userId: string; email: string }) {
  const t = useTranslations("organise.members");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(removeMemberAction, { status: "idle" });
  return (
    <ActionForm action={action} className="inline">
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="userId" value={userId} />
      <button
        type="submit"
        disabled={pending}
        onClick={(e) => {
          if (!window.confirm(t("confirmRemove", { email }))) e.preventDefault();
        }}
        className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800"
      >
        {t("remove")}
        <span className="sr-only"> {email}</span>
      </button>
      {state.status === "error" && state.formError && (
        <span role="alert" className="ml-2 text-xs text-red-800">
          {te(state.formError)}
        </span>
      )}
    </ActionForm>
  );
}
