/** The footer link of signers' emails to the "my data" page, in the email's language. */
import { translatorFor } from "@/lib/i18n/translator";
import { absoluteUrl, paths } from "@/lib/urls";

export function myDataFooterLink(locale: string): { href: string; label: string } {
  return { href: absoluteUrl(paths.myData(locale)), label: translatorFor(locale, "emails.myDataLink")("footerLink") };
}
