import { getFormatter, getTranslations } from "next-intl/server";
import { listPublicComments } from "@/db/queries/signature-reads";
import { Pagination } from "@/components/ui/pagination";
import { countryName } from "@/lib/i18n/countries";
import { publicSigner } from "@/lib/petitions/public-name";
import { Section } from "@/components/layout/page-section";

export const COMMENTS_PAGE_SIZE = 10;

/**
 * The comments signers chose to make public, newest first, paginated by links (no JavaScript). Each
 * is signed as the signer list shows the signer: an anonymous signer's comment carries no name or country.
 */
export async function PublicComments({ petitionId, locale, page, hrefFor }: { petitionId: number; locale: string; page: number; hrefFor: (page: number) => string }) {
  const { items, total } = listPublicComments(petitionId, { page, pageSize: COMMENTS_PAGE_SIZE });
  if (total === 0) return null;
  const t = await getTranslations("pack.comments");
  const tp = await getTranslations("petition");
  const format = await getFormatter();
  const pageCount = Math.max(1, Math.ceil(total / COMMENTS_PAGE_SIZE));
  return (
    <Section headingId="comments-heading" title={t("heading", { count: total })} id="comments">
      <ul className="mt-3 space-y-3" data-testid="public-comments">
        {items.map((c) => {
          const shown = publicSigner(c);
          return (
            <li key={c.id} className="rounded-md border border-stone-200 bg-white p-3">
              <p className="whitespace-pre-line break-words">{c.comment}</p>
              <p className="mt-1 text-sm text-stone-600">
                — {shown.name ?? tp("anonymousSigner")}
                {shown.country && <> · {countryName(shown.country, locale)}</>}
                {c.confirmedAt && <> · {format.dateTime(c.confirmedAt, { dateStyle: "medium" })}</>}
              </p>
            </li>
          );
        })}
      </ul>
      <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} hrefFor={hrefFor} label={t("pages")} />
    </Section>
  );
}
