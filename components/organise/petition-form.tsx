import { getTranslations } from "next-intl/server";
import { savePetitionAction } from "@/app/[locale]/organise/campaigns/[campaignId]/campaign-content-actions";
import type { Petition } from "@/db/schema";
import { currentOrganiser } from "@/lib/auth/session";
import { timeZoneLabel } from "@/lib/calendar/time-zone-options";
import { utcToZonedInput } from "@/lib/calendar/zoned-time";
import { textDefaults } from "@/lib/organise/form-defaults";
import { OrganiserForm } from "./organiser-form";

export async function PetitionForm({ locale, campaignId, petition }: { locale: string; campaignId: number; petition?: Petition }) {
  const t = await getTranslations("organise.petitionForm");
  const ts = await getTranslations("organise.petitionStatus");
  // Times are typed and shown in the organiser's own zone (organise/settings), never as raw UTC.
  const timeZone = (await currentOrganiser())?.timeZone ?? "UTC";
  return (
    <OrganiserForm
      schema="petition"
      action={savePetitionAction.bind(null, locale)}
      submitLabel={petition ? t("save") : t("create")}
      ids={{ campaignId, petitionId: petition?.id ?? null }}
      defaults={{
        ...textDefaults(petition, ["title", "slug", "addressee", "body", "victoryNote"]),
        goal: String(petition?.goal ?? 1000),
        autoRaiseGoal: petition?.autoRaiseGoal ?? false,
        deadline: petition?.deadline ? utcToZonedInput(petition.deadline, timeZone) : "",
        timeZone,
        isUrgent: petition?.isUrgent ?? false,
        status: petition?.status ?? "draft",
      }}
      fields={[
        { name: "title", label: t("title"), kind: "text" },
        { name: "slug", label: t("slug"), kind: "slug", slugFrom: "title", hint: t("slugHint") },
        { name: "addressee", label: t("addressee"), kind: "text", hint: t("addresseeHint") },
        { name: "body", label: t("body"), kind: "markdown", rows: 10, hint: t("markdownHint") },
        { name: "goal", label: t("goal"), kind: "number" },
        { name: "autoRaiseGoal", label: t("autoRaiseGoal"), kind: "checkbox" },
        { name: "timeZone", label: "", kind: "hidden" },
        { name: "deadline", label: t("deadline"), kind: "datetime", optional: true, hint: t("deadlineHint", { zone: timeZoneLabel(locale, timeZone) }) },
        { name: "isUrgent", label: t("isUrgent"), kind: "checkbox", hint: t("isUrgentHint") },
        { name: "status", label: t("status"), kind: "select", options: (["draft", "open", "closed", "won"] as const).map((s) => ({ value: s, label: ts(s) })) },
        { name: "victoryNote", label: t("victoryNote"), kind: "markdown", rows: 4, optional: true, hint: t("victoryNoteHint") },
      ]}
    />
  );
}
