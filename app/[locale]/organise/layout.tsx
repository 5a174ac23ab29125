import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { currentOrganiser } from "@/lib/auth/session";
import { clientMessages, ORGANISER_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { signOutAction } from "./sign-in/sign-in-actions";
import { ActionForm } from "@/components/ui/action-form";

/** The workspace frame: who is signed in, and the way out. Each page checks access itself. */
export default async function OrganiseLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations("organise.nav");
  const organiser = await currentOrganiser();
  return (
    <NextIntlClientProvider messages={await clientMessages(ORGANISER_CLIENT_NAMESPACES)}>
      <div className="space-y-6">
        <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-stone-800 px-4 py-2 text-sm text-white">
          <div className="flex flex-wrap gap-4">
            <Link href="/organise" className="font-bold hover:underline">
              {t("workspace")}
            </Link>
            {organiser && (
              <Link href="/organise/settings" className="hover:underline">
                {t("settings")}
              </Link>
            )}
            {organiser?.isAdmin && (
              <Link href="/organise/admin" className="hover:underline">
                {t("admin")}
              </Link>
            )}
          </div>
          {organiser && (
            <ActionForm action={signOutAction.bind(null, locale)} className="flex items-center gap-3">
              <span>{organiser.email}</span>
              <button type="submit" className="rounded border border-white/60 px-2 py-1 hover:bg-white/10">
                {t("signOut")}
              </button>
            </ActionForm>
          )}
        </nav>
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
