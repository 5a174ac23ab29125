/** A page's whole <title> as the layout's template writes it ("Sign here · Picket"), for the error summary's "Error: …" title. */
import "server-only";
import { getTranslations } from "next-intl/server";

export async function documentTitle(locale: string, title: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: "meta" });
  return `${title} · ${t("siteName")}`;
}
