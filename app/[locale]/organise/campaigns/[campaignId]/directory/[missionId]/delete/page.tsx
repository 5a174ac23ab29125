import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getMissionForCampaign } from "@/db/queries/missions";
import { MissionCard } from "@/components/directory/mission-card";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { campaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { deleteMissionAction } from "../../directory-actions";

type Props = { params: Promise<{ locale: string; campaignId: string; missionId: string }> };

/** Deleting asks first on a page of its own, so the confirmation works without JavaScript. */
export default async function DeleteMissionPage({ params }: Props) {
  const { locale, campaignId, missionId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "directory.edit", `/${locale}/organise/campaigns/${campaignId}/directory/${missionId}/delete`);
  const id = Number(missionId);
  const mission = Number.isInteger(id) && id > 0 ? getMissionForCampaign(campaign.id, id) : undefined;
  if (!mission) notFound();
  const t = await getTranslations("directory");
  const base = `/organise/campaigns/${campaign.id}/directory`;
  return (
    <section aria-labelledby="delete-mission-heading" className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href={base} className="underline">
          {t("title")}
        </Link>
      </p>
      <h1 id="delete-mission-heading" className="text-3xl font-extrabold">
        {t("delete.title")}
      </h1>
      <p>{t("delete.question")}</p>
      <MissionCard mission={mission} headingLevel={2} />
      <OrganiserForm
        schema="deleteMission"
        id="delete-mission"
        action={deleteMissionAction.bind(null, locale)}
        submitLabel={t("delete.confirm")}
        defaults={{ campaignId: String(campaign.id), missionId: String(mission.id) }}
        fields={[
          { name: "campaignId", label: "", kind: "hidden" },
          { name: "missionId", label: "", kind: "hidden" },
        ]}
      />
      <p>
        <Link href={base} className="underline">
          {t("delete.cancel")}
        </Link>
      </p>
    </section>
  );
}
