import { getTranslations } from "next-intl/server";
import { listLetterTemplatesForCampaign } from "@/db/queries/letters";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { roleAllows } from "@/lib/auth/roles";
import { BackLink } from "@/components/layout/page-section";
import { Link } from "@/lib/i18n/navigation";
import type { LocalePageProps } from "@/lib/i18n/page";
import { languageName } from "@/lib/letters/languages";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { TableHead } from "@/components/ui/table-head";
import { EditDeleteLinks } from "@/components/ui/edit-delete-links";

const PER_PAGE = 25;

type Props = LocalePageProps<{ campaignId: string }>;

export default async function LetterTemplatesPage({ params, searchParams }: Props) {
  const { locale, t, organiser, campaign, role } = await openCampaignPage(params, "campaign.view", "organise/campaigns/[campaignId]/letters", "organise.letters");
  const tk = await getTranslations("letters.kinds");
  const tl = await getTranslations("launch.preview");
  const query = await searchParams;
  const page = pageParam(query.page);
  const { items, total } = listLetterTemplatesForCampaign(campaign.id, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const mayEdit = roleAllows(role, "letters.edit", organiser.isAdmin);
  const base = `/organise/campaigns/${campaign.id}/letters`;

  return (
    <section aria-labelledby="letters-heading" className="space-y-5">
      <BackLink href={`/organise/campaigns/${campaign.id}`}>{campaign.title}</BackLink>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 id="letters-heading" className="text-3xl font-extrabold">
          {t("heading")}
        </h1>
        {mayEdit && (
          <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
            {t("new")}
          </Link>
        )}
      </div>
      <p className="text-stone-700">{t("intro")}</p>
      {(query.saved || query.deleted) && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {query.saved ? t("saved") : t("deleted")}
        </p>
      )}
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ScrollRegion labelledBy="letters-heading">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <TableHead columns={[t("colTitle"), t("colLanguage"), t("colKind"), t("colStatus"), t("colActions")]} />
            <tbody>
              {items.map((tpl) => (
                <tr key={tpl.id} className="border-b border-stone-200">
                  <td className="p-2 font-semibold">{tpl.title}</td>
                  <td className="p-2">{languageName(tpl.language, locale)}</td>
                  <td className="p-2">{tk(tpl.recipientKind)}</td>
                  <td className="p-2">{t(`status.${tpl.status}`)}</td>
                  <td className="space-x-3 p-2">
                    {mayEdit && (
                      <>
                        <EditDeleteLinks base={`${base}/${tpl.id}`} name={tpl.title} edit={t("edit")} remove={t("delete")} />
                      </>
                    )}
                    {tpl.status === "published" && campaign.status === "live" ? (
                      <Link href={`/letters/${tpl.id}`} className="underline">
                        {t("viewPublic")}
                        <span className="sr-only"> {tpl.title}</span>
                      </Link>
                    ) : (
                      <Link href={`/letters/${tpl.id}`} className="underline">
                        {tl("link")}
                        <span className="sr-only"> {tpl.title}</span>
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination page={page} pageCount={pageCountOf(total, PER_PAGE)} label={t("pages")} hrefFor={(p) => `${base}?page=${p}`} />
    </section>
  );
}
