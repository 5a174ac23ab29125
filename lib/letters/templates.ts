/** Creating, editing and deleting letter templates: each change one transaction with its audit entry. */
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { deleteLetterTemplate, insertLetterTemplate, updateLetterTemplate } from "@/db/queries/letters";
import type { Campaign, LetterTemplate } from "@/db/schema";
import type { Organiser } from "@/lib/auth/session";
import type { LetterTemplateInput } from "./schemas";

export function saveLetterTemplate(organiser: Organiser, campaign: Campaign, data: LetterTemplateInput, existing?: LetterTemplate): LetterTemplate {
  return getDb().transaction(
    (tx) => {
      const values = {
        title: data.title,
        purpose: data.purpose,
        language: data.language,
        recipientKind: data.recipientKind,
        subject: data.subject,
        salutation: data.salutation,
        body: data.body,
        signOff: data.signOff,
        status: data.status,
      };
      const now = new Date();
      const template = existing
        ? updateLetterTemplate(tx, existing.id, { ...values, updatedAt: now })!
        : insertLetterTemplate(tx, { ...values, campaignId: campaign.id, createdAt: now });
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: existing ? "letter_template.update" : "letter_template.create",
        entityType: "letter_template",
        entityId: template.id,
        campaignId: campaign.id,
        detail: { status: data.status, language: data.language },
      });
      return template;
    },
    { behavior: "immediate" },
  );
}

export function removeLetterTemplate(organiser: Organiser, campaign: Campaign, template: LetterTemplate): void {
  getDb().transaction(
    (tx) => {
      deleteLetterTemplate(tx, template.id);
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "letter_template.delete",
        entityType: "letter_template",
        entityId: template.id,
        campaignId: campaign.id,
        detail: { title: template.title },
      });
    },
    { behavior: "immediate" },
  );
}
