/**
 * The page title after a failed form post without JavaScript: "Error: …", as GOV.UK does. A page
 * is rendered in answer to a plain form POST (a server action posted without JavaScript carries no
 * `Next-Action` header) only when the action did not redirect, and the forms that use this
 * redirect on success, so such a render is always one with errors. With JavaScript the error
 * summary (components/ui/error-summary.tsx) prefixes the title in the browser.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";

export async function titleAfterPost(locale: string, title: string): Promise<string> {
  const request = await headers();
  const type = request.get("content-type") ?? "";
  const formPost = !request.has("next-action") && (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded"));
  if (!formPost) return title;
  const t = await getTranslations({ locale, namespace: "pages.errorSummary" });
  return t("titlePrefix", { title });
}
