/**
 * The URLs the hot paths answer, built from the path helpers (lib/urls.ts `paths`) and the language
 * list (lib/i18n/locales.ts): a new language, or a page moved in `paths`, needs no change in lib/hot.
 * Each helper is called with stand-ins for its arguments; its answer, escaped, with the stand-ins
 * replaced by what they may be, is the pattern.
 */
import { locales as siteLocales } from "@/lib/i18n/locales";
import { paths } from "@/lib/urls";

// Slugs as the organiser forms make them (lowercase Latin letters, digits, hyphens); anything else is Next's.
const SLUG = "[a-z0-9-]{1,100}";
// Stand-ins no path helper produces by itself.
const LOCALE_MARK = "\u0000locale\u0000";
const SLUG_MARK = "\u0000slug\u0000";
const QUERY = "(?:\\?.*)?";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The pattern of what a helper gives for any language and slug, capturing both by name or neither. */
function pattern(path: string, locales: readonly string[], capture: boolean): string {
  const group = (name: string, body: string) => (capture ? `(?<${name}>${body})` : `(?:${body})`);
  return escape(path)
    .replace(LOCALE_MARK, group("locale", locales.map(escape).join("|")))
    .replace(SLUG_MARK, group("slug", SLUG));
}

export interface HotRoutes {
  /** POST: the JSON signing API's slug. */
  signatures(url: string): string | null;
  /** GET: the petition facts API's slug. */
  facts(url: string): string | null;
  /** POST: the petition page, where the no-JavaScript sign form posts. */
  signForm(url: string): { locale: string; slug: string } | null;
  /** GET: a path (no query) the page micro-cache may keep: the home, a petition or a campaign page. */
  cacheablePage(path: string): boolean;
}

export function hotRoutes(locales: readonly string[] = siteLocales): HotRoutes {
  const exact = (path: string, withQuery: boolean) => new RegExp(`^${pattern(path, locales, true)}${withQuery ? QUERY : ""}$`);
  const signatures = exact(paths.petitionSignaturesApi(SLUG_MARK), true);
  const facts = exact(paths.petitionFactsApi(SLUG_MARK), true);
  const signForm = exact(paths.petition(LOCALE_MARK, SLUG_MARK), true);
  const pages = [paths.home(LOCALE_MARK), paths.petition(LOCALE_MARK, SLUG_MARK), paths.campaign(LOCALE_MARK, SLUG_MARK)];
  const cacheable = new RegExp(`^(?:${pages.map((p) => pattern(p, locales, false)).join("|")})$`);
  return {
    signatures: (url) => signatures.exec(url)?.groups?.slug ?? null,
    facts: (url) => facts.exec(url)?.groups?.slug ?? null,
    signForm(url) {
      const groups = signForm.exec(url)?.groups;
      return groups ? { locale: groups.locale, slug: groups.slug } : null;
    },
    cacheablePage: (path) => cacheable.test(path),
  };
}

/** The site's own: every language in lib/i18n/locales.ts. */
export const routes = hotRoutes();
