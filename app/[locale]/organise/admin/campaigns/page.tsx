import type { Metadata } from "next";
import { getFormatter } from "next-intl/server";
import type { LocalePageProps } from "@/lib/i18n/page";
import { listCampaignsAwaitingApproval } from "@/db/queries/campaigns";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { openAdminPage } from "@/lib/auth/page-guard";
import { BackLink } from "@/components/layout/page-section";
import { Link } from "@/lib/i18n/navigation";
import { approveCampaignAction } from "./review-actions";

export const metadata: Metadata = { robots: { index: false, follow: false } };

const PER_PAGE = 20;

type Props = LocalePageProps;

/** Campaigns awaiting an instance admin's approval: preview, approve, or decline with a reason (asked on its own page). */
export default async function CampaignApprovalsPage({ params, searchParams }: Props) {
  const { locale, t } = await openAdminPage(params, "organise/admin/campaigns", "launch.approvals");
  const format = await getFormatter();
  const query = await searchParams;
  const page = pageParam(query.page);
  const { items, total } = listCampaignsAwaitingApproval({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  return (
    <section aria-labelledby="approvals-heading" className="space-y-6">
      <BackLink href="/organise/admin">{t("back")}</BackLink>
      <h1 id="approvals-heading" className="text-3xl font-extrabold">
        {t("title")}
      </h1>
      <p className="max-w-2xl text-stone-700">{t("intro")}</p>
      {query.approved && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t("approved")}
        </p>
      )}
      {query.declined && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t("declined")}
        </p>
      )}
      {items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="grid gap-4">
          {items.map(({ campaign, submitterEmail }) => (
            <li key={campaign.id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid={`awaiting-${campaign.slug}`}>
              <div>
                <h2 className="text-xl font-bold">{campaign.title}</h2>
                <p className="text-sm text-stone-600">
                  {t("submitted", {
                    who: submitterEmail ?? t("unknownSubmitter"),
                    when: campaign.submittedAt ? format.dateTime(campaign.submittedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) : "",
                  })}
                </p>
                <p className="mt-2">{campaign.summary}</p>
              </div>
              <p className="flex flex-wrap gap-4 text-sm">
                <Link href={`/campaigns/${campaign.slug}`} className="font-semibold underline">
                  {t("preview")}
                </Link>
                <Link href={`/organise/campaigns/${campaign.id}`} className="underline">
                  {t("workspace")}
                </Link>
              </p>
              <div className="flex flex-wrap items-end gap-4">
                <OrganiserForm
                  schema="approveCampaign"
                  id={`approve-${campaign.id}`}
                  action={approveCampaignAction.bind(null, locale)}
                  submitLabel={t("approve")}
                  defaults={{ campaignId: String(campaign.id) }}
                  fields={[{ name: "campaignId", label: "", kind: "hidden" }]}
                />
                <Link
                  href={`/organise/admin/campaigns/${campaign.id}/decline`}
                  className="rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
                >
                  {t("decline")}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCountOf(total, PER_PAGE)} label={t("pages")} hrefFor={(p) => `/organise/admin/campaigns?page=${p}`} />
    </section>
  );
}
