import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages, LETTERS_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

/** The letter pages' client components need the writing form's strings as well. */
export default async function LettersLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(LETTERS_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
