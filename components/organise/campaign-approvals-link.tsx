import { getTranslations } from "next-intl/server";
import { listCampaignsAwaitingApproval } from "@/db/queries/campaigns";
import { Link } from "@/lib/i18n/navigation";
import { Section } from "@/components/layout/page-section";

/** The instance admin page's pointer to the campaigns awaiting approval (their own page: /organise/admin/campaigns). */
export async function CampaignApprovalsLink() {
  const t = await getTranslations("launch.approvals");
  const { total } = listCampaignsAwaitingApproval({ limit: 1, offset: 0 });
  return (
    <Section headingId="approvals-link-heading" title={t("title")} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <p>
        <Link href="/organise/admin/campaigns" className="font-semibold underline">
          {t("waiting", { count: total })}
        </Link>
      </p>
    </Section>
  );
}
