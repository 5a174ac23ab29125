/**
 * The footer link of signers' emails to the "my data" page, in the email's language, on the site origin
 * the signer came in on (`siteOrigin`, stored with the email) when that is still one of the site's.
 */
import { translatorFor } from "@/lib/i18n/translator";
import { isSiteOrigin } from "@/lib/security/origin";
import { absoluteUrl, paths } from "@/lib/urls";

export function myDataFooterLink(locale: string, siteOrigin?: string): { href: string; label: string } {
  const origin = siteOrigin && isSiteOrigin(siteOrigin) ? siteOrigin : undefined;
  return { href: absoluteUrl(paths.myData(locale), origin), label: translatorFor(locale, "emails.myDataLink")("footerLink") };
}
