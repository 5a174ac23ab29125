import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { listUsers } from "@/db/queries/users";
import { AuditTable } from "@/components/organise/audit-table";
import { CampaignApprovalsLink } from "@/components/organise/campaign-approvals-link";
import { pageParam, Pagination } from "@/components/ui/pagination";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { organiserPage } from "@/lib/auth/page-guard";
import { currentLimits, LIMIT_KEYS } from "@/lib/security/limits";
import { addAdminAction, saveLimitsAction } from "./actions";

const USERS_PER_PAGE = 50;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AdminPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const organiser = await organiserPage(locale, `/${locale}/organise/admin`);
  if (!organiser.isAdmin) notFound();
  const t = await getTranslations("organise.admin");
  const tl = await getTranslations("abuse.limits");
  const limits = currentLimits();
  const query = await searchParams;
  const userPage = pageParam(query.users);
  const { items: users, total: userCount } = listUsers({ limit: USERS_PER_PAGE, offset: (userPage - 1) * USERS_PER_PAGE });
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      {query.added && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t("added")}</p>}
      <CampaignApprovalsLink />
      <section aria-labelledby="organisers-heading" className="space-y-3">
        <h2 id="organisers-heading" className="text-xl font-bold">
          {t("organisers")}
        </h2>
        <ul className="divide-y divide-stone-200 rounded-lg bg-white text-sm">
          {users.map((u) => (
            <li key={u.id} className="p-2">
              {u.email} {u.isAdmin && <strong>· {t("adminBadge")}</strong>}
            </li>
          ))}
        </ul>
        <Pagination
          page={userPage}
          pageCount={Math.max(1, Math.ceil(userCount / USERS_PER_PAGE))}
          label={t("organiserPages")}
          hrefFor={(p) => `/organise/admin?users=${p}#organisers-heading`}
        />
      </section>
      <section aria-labelledby="add-admin-heading" className="max-w-md space-y-3">
        <h2 id="add-admin-heading" className="text-xl font-bold">
          {t("addAdmin")}
        </h2>
        <OrganiserForm
          schema="addAdmin"
          action={addAdminAction.bind(null, locale)}
          submitLabel={t("addAdminButton")}
          defaults={{ email: "" }}
          fields={[{ name: "email", label: t("email"), kind: "email" }]}
        />
      </section>
      <section aria-labelledby="limits-heading" className="max-w-xl space-y-3">
        <h2 id="limits-heading" className="text-xl font-bold">
          {tl("heading")}
        </h2>
        <p className="text-sm text-stone-700">{tl("intro")}</p>
        {query.limits && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{tl("saved")}</p>}
        <OrganiserForm
          schema="limits"
          action={saveLimitsAction.bind(null, locale)}
          submitLabel={tl("save")}
          defaults={Object.fromEntries(LIMIT_KEYS.map((k) => [k, String(limits[k])]))}
          fields={LIMIT_KEYS.map((k) => ({ name: k, label: tl(`fields.${k}`), kind: "number" as const, max: 100_000 }))}
        />
      </section>
      <section aria-labelledby="audit-heading" className="space-y-3">
        <h2 id="audit-heading" className="text-xl font-bold">
          {t("audit")}
        </h2>
        <AuditTable page={query.page} hrefFor={(p) => `/organise/admin?page=${p}#audit-heading`} />
      </section>
    </div>
  );
}
