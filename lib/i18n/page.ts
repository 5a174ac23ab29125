/**
 * The start every localised page shares: the route's params typed once, the request's locale set for
 * next-intl, the page's translations, and a title-only `generateMetadata`.
 */
import "server-only";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Props of a page under `app/[locale]/…`; `P` names the route's other segments. */
export type LocalePageProps<P extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ locale: string } & P>;
  searchParams: Promise<SearchParams>;
};

/** Awaits the params, sets the request's locale, and loads the page's translations. */
export async function openPage<P extends { locale: string }>(params: Promise<P>, namespace: string) {
  const route = await params;
  setRequestLocale(route.locale);
  const t = await getTranslations(namespace);
  return { ...route, t };
}

/** `export const generateMetadata = titleMetadata("thanks", "title", { noindex: true })`. */
export function titleMetadata(namespace: string, key: string, options: { noindex?: boolean } = {}) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale, namespace });
    return options.noindex ? { title: t(key), robots: { index: false, follow: false } } : { title: t(key) };
  };
}
