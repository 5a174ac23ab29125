import { getTranslations } from "next-intl/server";
import type { LocalePageProps } from "@/lib/i18n/page";
import { listUsers } from "@/db/queries/users";
import { AuditTable } from "@/components/organise/audit-table";
import { CampaignApprovalsLink } from "@/components/organise/campaign-approvals-link";
import { pageParam, Pagination, pageCountOf } from "@/components/ui/pagination";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { openAdminPage } from "@/lib/auth/page-guard";
import { currentLimits, LIMIT_KEYS } from "@/lib/security/limits";
import { currentEmailRules, currentIpv6Prefix } from "@/lib/security/identity-settings";
import { DeleteEmailRuleButton } from "@/components/organise/delete-email-rule-button";
import { addAdminAction, saveLimitsAction } from "./admin-actions";
import { deleteEmailRuleAction, saveEmailRuleAction, saveIpv6PrefixAction } from "./identity-actions";
import { TableHead } from "@/components/ui/table-head";
import { Section } from "@/components/layout/page-section";

const USERS_PER_PAGE = 50;

type Props = LocalePageProps;

export default async function AdminPage({ params, searchParams }: Props) {
  const { locale, t } = await openAdminPage(params, "organise/admin", "organise.admin");
  const tl = await getTranslations("abuse.limits");
  const limits = currentLimits();
  const ti = await getTranslations("identity.admin");
  const emailRules = currentEmailRules();
  const query = await searchParams;
  const userPage = pageParam(query.users);
  const editing = emailRules.find((r) => r.domain === query.rule);
  const { items: users, total: userCount } = listUsers({ limit: USERS_PER_PAGE, offset: (userPage - 1) * USERS_PER_PAGE });
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      {query.added && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t("added")}</p>}
      <CampaignApprovalsLink />
      <Section headingId="organisers-heading" title={t("organisers")} className="space-y-3">
        <ul className="divide-y divide-stone-200 rounded-lg bg-white text-sm">
          {users.map((u) => (
            <li key={u.id} className="p-2">
              {u.email} {u.isAdmin && <strong>· {t("adminBadge")}</strong>}
            </li>
          ))}
        </ul>
        <Pagination page={userPage} pageCount={pageCountOf(userCount, USERS_PER_PAGE)} label={t("organiserPages")} hrefFor={(p) => `/organise/admin?users=${p}#organisers-heading`} />
      </Section>
      <Section headingId="add-admin-heading" title={t("addAdmin")} className="max-w-md space-y-3">
        <OrganiserForm
          schema="addAdmin"
          action={addAdminAction.bind(null, locale)}
          submitLabel={t("addAdminButton")}
          defaults={{ email: "" }}
          fields={[{ name: "email", label: t("email"), kind: "email" }]}
        />
      </Section>
      <Section headingId="limits-heading" title={tl("heading")} className="max-w-xl space-y-3">
        <p className="text-sm text-stone-700">{tl("intro")}</p>
        {query.limits && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{tl("saved")}</p>}
        <OrganiserForm
          schema="limits"
          action={saveLimitsAction.bind(null, locale)}
          submitLabel={tl("save")}
          defaults={Object.fromEntries(LIMIT_KEYS.map((k) => [k, String(limits[k])]))}
          fields={LIMIT_KEYS.map((k) => ({ name: k, label: tl(`fields.${k}`), kind: "number" as const, max: 100_000 }))}
        />
      </Section>
      <Section headingId="identity-heading" title={ti("heading")} className="max-w-3xl space-y-4">
        <p className="text-sm text-stone-700">{ti("intro")}</p>
        {query.identity && (
          <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
            {ti(query.identity === "prefix" ? "ipv6.saved" : query.identity === "deleted" ? "rules.deleted" : "rules.saved")}
          </p>
        )}
        <div className="max-w-xl">
          <OrganiserForm
            schema="ipv6Prefix"
            action={saveIpv6PrefixAction.bind(null, locale)}
            submitLabel={ti("ipv6.save")}
            defaults={{ ipv6Prefix: String(currentIpv6Prefix()) }}
            fields={[{ name: "ipv6Prefix", label: ti("ipv6.label"), hint: ti("ipv6.hint"), kind: "number" }]}
          />
        </div>
        <h3 id="email-rules-heading" className="text-lg font-bold">
          {ti("rules.heading")}
        </h3>
        <p className="text-sm text-stone-700">{ti("rules.default")}</p>
        <div className="overflow-x-auto">
          <table className="w-full bg-white text-sm" data-testid="email-rules">
            <caption className="sr-only">{ti("rules.caption")}</caption>
            <TableHead
              rowClassName="border-b border-stone-200 text-left"
              columns={[
                ti("rules.domain"),
                ti("rules.plusColumn"),
                ti("rules.dotsColumn"),
                ti("rules.aliasColumn"),
                ti("rules.actionsColumn"),
              ]}
            />
            <tbody>
              {emailRules.map((r) => (
                <tr key={r.domain} className="border-b border-stone-100">
                  <th scope="row" className="p-2 text-left font-mono font-normal">{r.domain}</th>
                  <td className="p-2">{r.aliasOf ? "—" : ti(r.stripPlus ? "rules.yes" : "rules.no")}</td>
                  <td className="p-2">{r.aliasOf ? "—" : ti(r.stripDots ? "rules.yes" : "rules.no")}</td>
                  <td className="p-2 font-mono">{r.aliasOf ?? ""}</td>
                  <td className="space-x-2 p-2 whitespace-nowrap">
                    <a href={`/${locale}/organise/admin?rule=${encodeURIComponent(r.domain)}#email-rule-form-heading`} className="underline">
                      {ti("rules.edit")}
                      <span className="sr-only"> {r.domain}</span>
                    </a>
                    <DeleteEmailRuleButton
                      domain={r.domain}
                      action={deleteEmailRuleAction.bind(null, locale)}
                      label={ti("rules.delete")}
                      confirmText={ti("rules.confirmDelete", { domain: r.domain })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 id="email-rule-form-heading" className="text-lg font-bold">
          {ti("rules.formHeading")}
        </h3>
        <div className="max-w-xl">
          <OrganiserForm
            key={editing?.domain ?? "new"}
            schema="emailRule"
            action={saveEmailRuleAction.bind(null, locale)}
            submitLabel={ti("rules.save")}
            defaults={{
              domain: editing?.domain ?? "",
              stripPlus: editing ? editing.stripPlus : true,
              stripDots: editing?.stripDots ?? false,
              aliasOf: editing?.aliasOf ?? "",
            }}
            fields={[
              { name: "domain", label: ti("rules.domain"), kind: "text", max: 253 },
              { name: "stripPlus", label: ti("rules.stripPlus"), kind: "checkbox" },
              { name: "stripDots", label: ti("rules.stripDots"), kind: "checkbox" },
              { name: "aliasOf", label: ti("rules.aliasOf"), hint: ti("rules.aliasHint"), kind: "text", optional: true, max: 253 },
            ]}
          />
        </div>
        <p className="text-sm text-stone-700">{ti("rules.refingerprint")}</p>
      </Section>
      <Section headingId="audit-heading" title={t("audit")} className="space-y-3">
        <AuditTable page={query.page} hrefFor={(p) => `/organise/admin?page=${p}#audit-heading`} />
      </Section>
    </div>
  );
}
