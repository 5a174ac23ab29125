import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/**
 * Previous / next links for a paginated list; `hrefFor(page)` builds each page's URL. The links
 * say "Newer" / "Older" unless `linkLabels` fits the list better (e.g. events ordered soonest first).
 */
export async function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
  linkLabels,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
  linkLabels?: { previous: string; next: string };
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  const linkClass = "rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100";
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
          {linkLabels?.previous ?? t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          {linkLabels?.next ?? t("next")}
        </Link>
      )}
    </nav>
  );
}

/** How many pages `total` rows make, `perPage` a page (at least one). */
export function pageCountOf(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Reads a 1-based page number from a search param, falling back to 1 for anything odd. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
