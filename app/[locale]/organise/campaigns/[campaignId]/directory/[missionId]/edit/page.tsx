import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getMissionForCampaign } from "@/db/queries/missions";
import { MissionForm } from "@/components/directory/mission-form";
import { VerificationBadge } from "@/components/directory/verification-badge";
import { campaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; campaignId: string; missionId: string }> };

export default async function EditMissionPage({ params }: Props) {
  const { locale, campaignId, missionId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "directory.edit", `/${locale}/organise/campaigns/${campaignId}/directory/${missionId}/edit`);
  const id = Number(missionId);
  const mission = Number.isInteger(id) && id > 0 ? getMissionForCampaign(campaign.id, id) : undefined;
  if (!mission) notFound();
  const t = await getTranslations("directory");
  const base = `/organise/campaigns/${campaign.id}/directory`;
  return (
    <section aria-labelledby="edit-mission-heading" className="max-w-3xl space-y-5">
      <p className="text-sm">
        <Link href={base} className="underline">
          {t("title")}
        </Link>
      </p>
      <h1 id="edit-mission-heading" className="text-3xl font-extrabold">
        {t("form.editTitle", { name: mission.name })}
      </h1>
      <p>
        <VerificationBadge entry={mission} />
      </p>
      <MissionForm locale={locale} campaignId={campaign.id} mission={mission} />
      <p>
        <Link href={`${base}/${mission.id}/delete`} className="text-red-800 underline">
          {t("card.delete")}
        </Link>
      </p>
    </section>
  );
}
