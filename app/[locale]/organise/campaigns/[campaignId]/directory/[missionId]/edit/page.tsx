import { MissionForm } from "@/components/directory/mission-form";
import { VerificationBadge } from "@/components/directory/verification-badge";
import { PageSection } from "@/components/layout/page-section";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { openMissionPage } from "../mission-page";

export default async function EditMissionPage({ params }: LocalePageProps<{ campaignId: string; missionId: string }>) {
  const { locale, t, campaign, mission, base } = await openMissionPage(params, "edit");
  return (
    <PageSection headingId="edit-mission-heading" title={t("form.editTitle", { name: mission.name })} className="max-w-3xl space-y-5" back={{ href: base, label: t("title") }}>
      <p>
        <VerificationBadge entry={mission} />
      </p>
      <MissionForm locale={locale} campaignId={campaign.id} mission={mission} />
      <p>
        <Link href={`${base}/${mission.id}/delete`} className="text-red-800 underline">
          {t("card.delete")}
        </Link>
      </p>
    </PageSection>
  );
}
