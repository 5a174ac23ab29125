import { getTranslations } from "next-intl/server";
import { listCampaignMembers } from "@/db/queries/users";
import { TableHead } from "@/components/ui/table-head";
import { OrganiserForm } from "@/components/organise/organiser-form";
import { RemoveMemberButton } from "@/components/organise/remove-member-button";
import { openCampaignPage } from "@/lib/auth/page-guard";
import { CAMPAIGN_ROLES } from "@/lib/auth/roles";
import { BackLink, Section } from "@/components/layout/page-section";
import type { LocalePageProps } from "@/lib/i18n/page";
import { inviteMemberAction } from "../campaign-content-actions";

type Props = LocalePageProps<{ campaignId: string }>;

export default async function MembersPage({ params, searchParams }: Props) {
  const { locale, t, campaign } = await openCampaignPage(params, "campaign.members", "organise/campaigns/[campaignId]/members", "organise.members");
  const tr = await getTranslations("organise.roles");
  const members = listCampaignMembers(campaign.id);
  const invited = (await searchParams).invited;
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href={`/organise/campaigns/${campaign.id}`}>{campaign.title}</BackLink>
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      {invited && <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">{t("invited")}</p>}
      <table className="w-full bg-white text-left text-sm">
        <TableHead columns={[t("email"), t("role"), <span className="sr-only">{t("actions")}</span>]} />
        <tbody>
          {members.map((m) => (
            <tr key={m.userId} className="border-b border-stone-200">
              <td className="p-2">{m.email}</td>
              <td className="p-2">{tr(m.role)}</td>
              <td className="p-2 text-right">
                <RemoveMemberButton campaignId={campaign.id} userId={m.userId} email={m.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Section headingId="invite-heading" title={t("inviteHeading")} className="space-y-3">
        <p className="text-sm text-stone-600">{t("inviteHint")}</p>
        <OrganiserForm
          schema="invite"
          action={inviteMemberAction.bind(null, locale)}
          submitLabel={t("invite")}
          defaults={{ campaignId: String(campaign.id), email: "", role: "editor" }}
          fields={[
            { name: "campaignId", label: "", kind: "hidden" },
            { name: "email", label: t("email"), kind: "email" },
            { name: "role", label: t("role"), kind: "select", options: CAMPAIGN_ROLES.map((r) => ({ value: r, label: tr(r) })), hint: t("roleHint") },
          ]}
        />
      </Section>
    </div>
  );
}
