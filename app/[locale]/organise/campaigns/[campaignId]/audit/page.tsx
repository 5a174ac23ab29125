import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/organise/audit-table";
import { campaignPage } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  params: Promise<{ locale: string; campaignId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CampaignAuditPage({ params, searchParams }: Props) {
  const { locale, campaignId } = await params;
  setRequestLocale(locale);
  const { campaign } = await campaignPage(locale, campaignId, "audit.view", `/${locale}/organise/campaigns/${campaignId}/audit`);
  const t = await getTranslations("organise.audit");
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={`/organise/campaigns/${campaign.id}`} className="underline">
          {campaign.title}
        </Link>
      </p>
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      <AuditTable campaignId={campaign.id} page={(await searchParams).page} hrefFor={(p) => `/organise/campaigns/${campaign.id}/audit?page=${p}`} />
    </div>
  );
}
