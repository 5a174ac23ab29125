/** Inviting organisers to a campaign (an account, a role and a sign-in email in one transaction), and removing them. */
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { enqueueEmail } from "@/db/queries/outbox";
import { ensureUser, removeMembership, setMembership } from "@/db/queries/users";
import type { Campaign } from "@/db/schema";
import { createInvitationSignInUrl, INVITATION_MAX_AGE_DAYS, MAGIC_LINK_MAX_AGE_S } from "@/lib/auth/auth";
import type { CampaignRole } from "@/lib/auth/roles";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { kickDispatcher } from "@/lib/mail/dispatcher";

export function inviteMember(inviter: Organiser, campaign: Campaign, email: string, role: CampaignRole, locale: string) {
  getDb().transaction(
    (tx) => {
      const user = ensureUser(tx, email);
      setMembership(tx, campaign.id, user.id, role);
      enqueueEmail({
        template: "magic-link",
        recipient: user.email,
        locale,
        payload: {
          locale,
          signInUrl: createInvitationSignInUrl(tx, user.email, locale),
          minutes: MAGIC_LINK_MAX_AGE_S / 60,
          invitedBy: inviter.name ?? inviter.email,
          campaignTitle: campaign.title,
          role,
          days: INVITATION_MAX_AGE_DAYS,
        },
      });
      recordAudit(tx, {
        actorUserId: inviter.id,
        action: "member.invite",
        entityType: "user",
        entityId: user.id,
        campaignId: campaign.id,
        detail: { email: user.email, role },
      });
    },
    { behavior: "immediate" },
  );
  kickDispatcher();
}

export function removeMember(actor: Organiser, campaign: Campaign, userId: string) {
  if (userId === actor.id && !actor.isAdmin) throw new AppError("forbidden", "owners cannot remove themselves");
  getDb().transaction((tx) => {
    removeMembership(tx, campaign.id, userId);
    recordAudit(tx, { actorUserId: actor.id, action: "member.remove", entityType: "user", entityId: userId, campaignId: campaign.id });
  });
}
