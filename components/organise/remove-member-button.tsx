"use client";

import { useTranslations } from "next-intl";
import { AskFirstButton } from "@/components/ui/ask-first-button";
import { removeMemberAction } from "@/app/[locale]/organise/campaigns/[campaignId]/campaign-content-actions";

/** Removes a member from the campaign after asking (without JavaScript the plain POST removes them). */
export function RemoveMemberButton({ campaignId, userId, email }: { campaignId: number; userId: string; email: string }) {
  const t = useTranslations("organise.members");
  return (
    <AskFirstButton
      action={removeMemberAction}
      hidden={{ campaignId, userId }}
      label={t("remove")}
      name={email}
      confirmText={t("confirmRemove", { email })}
    />
  );
}
