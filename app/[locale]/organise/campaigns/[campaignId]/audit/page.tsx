import { AuditTable } from "@/components/organise/audit-table";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { BackLink } from "@/components/layout/page-section";
import type { LocalePageProps } from "@/lib/i18n/page";

type Props = LocalePageProps<{ campaignId: string }>;

export default async function CampaignAuditPage({ params, searchParams }: Props) {
  const { t, campaign } = await openCampaignPage(params, "audit.view", "organise/campaigns/[campaignId]/audit", "organise.audit");
  return (
    <div className="space-y-5">
      <BackLink href={`/organise/campaigns/${campaign.id}`}>{campaign.title}</BackLink>
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      <AuditTable campaignId={campaign.id} page={(await searchParams).page} hrefFor={(p) => `/organise/campaigns/${campaign.id}/audit?page=${p}`} />
    </div>
  );
}
