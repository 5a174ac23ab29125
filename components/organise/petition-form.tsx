import { getTranslations } from "next-intl/server";
import { savePetitionAction } from "@/app/[locale]/organise/campaigns/[campaignId]/actions";
import type { Petition } from "@/db/schema";
import { OrganiserForm } from "./organiser-form";

function datetimeLocal(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16) : "";
}

export async function PetitionForm({ locale, campaignId, petition }: { locale: string; campaignId: number; petition?: Petition }) {
  const t = await getTranslations("organise.petitionForm");
  const ts = await getTranslations("organise.petitionStatus");
  return (
    <OrganiserForm
      schema="petition"
      action={savePetitionAction.bind(null, locale)}
      submitLabel={petition ? t("save") : t("create")}
      defaults={{
        campaignId: String(campaignId),
        petitionId: petition ? String(petition.id) : "",
        title: petition?.title ?? "",
        slug: petition?.slug ?? "",
        addressee: petition?.addressee ?? "",
        body: petition?.body ?? "",
        goal: String(petition?.goal ?? 1000),
        autoRaiseGoal: petition?.autoRaiseGoal ?? false,
        deadline: datetimeLocal(petition?.deadline),
        isUrgent: petition?.isUrgent ?? false,
        status: petition?.status ?? "draft",
        victoryNote: petition?.victoryNote ?? "",
      }}
      fields={[
        { name: "campaignId", label: "", kind: "hidden" },
        { name: "petitionId", label: "", kind: "hidden" },
        { name: "title", label: t("title"), kind: "text" },
        { name: "slug", label: t("slug"), kind: "slug", slugFrom: "title", hint: t("slugHint") },
        { name: "addressee", label: t("addressee"), kind: "text", hint: t("addresseeHint") },
        { name: "body", label: t("body"), kind: "markdown", rows: 10, hint: t("markdownHint") },
        { name: "goal", label: t("goal"), kind: "number" },
        { name: "autoRaiseGoal", label: t("autoRaiseGoal"), kind: "checkbox" },
        { name: "deadline", label: t("deadline"), kind: "datetime", optional: true, hint: t("deadlineHint") },
        { name: "isUrgent", label: t("isUrgent"), kind: "checkbox", hint: t("isUrgentHint") },
        { name: "status", label: t("status"), kind: "select", options: (["draft", "open", "closed", "won"] as const).map((s) => ({ value: s, label: ts(s) })) },
        { name: "victoryNote", label: t("victoryNote"), kind: "markdown", rows: 4, optional: true, hint: t("victoryNoteHint") },
      ]}
    />
  );
}
