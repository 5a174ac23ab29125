/**
 * Writing directory entries by hand: create, update and delete, each in one transaction with its
 * audit entry. Host country + kind + name identify an entry (an import row with the same three
 * updates it), so two entries may not share them.
 */
import "server-only";
import { getDb, type DbOrTx } from "@/db/client";
import { recordAudit } from "@/db/queries/audit";
import { deleteMission, findMissionByKey, insertMission, updateMission, type MissionValues } from "@/db/queries/missions";
import type { Campaign, Mission } from "@/db/schema";
import type { AddressForm } from "@/lib/address-forms";
import type { Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { MissionFields } from "@/lib/validation/directory";

/**
 * Validated fields as a row; an emptied field becomes null so an update clears it. The form of
 * address is only in the entry form: a CSV row (which has no such column) leaves it as it is.
 */
export function missionValues(d: MissionFields & { addressForm?: AddressForm | null }): MissionValues {
  return {
    ...(d.addressForm !== undefined ? { addressForm: d.addressForm } : {}),
    hostCountry: d.hostCountry,
    kind: d.kind,
    name: d.name,
    headTitle: d.headTitle ?? null,
    headName: d.headName ?? null,
    addressLines: d.addressLines ?? null,
    email: d.email ?? null,
    phone: d.phone ?? null,
    website: d.website ?? null,
    source: d.source ?? null,
    verifiedOn: d.verifiedOn ?? null,
    notes: d.notes ?? null,
  };
}

export const missionKeyOf = (m: Pick<Mission, "hostCountry" | "kind" | "name">) => ({ hostCountry: m.hostCountry, kind: m.kind, name: m.name });

function assertKeyFree(tx: DbOrTx, campaignId: number, values: MissionValues, ownId?: number) {
  const clash = findMissionByKey(tx, campaignId, values);
  if (clash && clash.id !== ownId) throw new AppError("mission_exists", `mission ${clash.id}`, "name");
}

/** Creates the entry, or updates `existing` (already checked to belong to the campaign). */
export function saveMission(organiser: Organiser, campaign: Campaign, data: MissionFields & { addressForm?: AddressForm | null }, existing?: Mission): Mission {
  const values = missionValues(data);
  return getDb().transaction(
    (tx) => {
      assertKeyFree(tx, campaign.id, values, existing?.id);
      let saved: Mission;
      if (existing) {
        updateMission(tx, campaign.id, existing.id, values);
        saved = { ...existing, ...values };
      } else {
        saved = insertMission(tx, campaign.id, values);
      }
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: existing ? "directory.update" : "directory.create",
        entityType: "mission",
        entityId: saved.id,
        campaignId: campaign.id,
        detail: missionKeyOf(values),
      });
      return saved;
    },
    { behavior: "immediate" },
  );
}

export function removeMission(organiser: Organiser, campaign: Campaign, mission: Mission): void {
  getDb().transaction(
    (tx) => {
      if (!deleteMission(tx, campaign.id, mission.id)) throw new AppError("not_found", `mission ${mission.id}`);
      recordAudit(tx, {
        actorUserId: organiser.id,
        action: "directory.delete",
        entityType: "mission",
        entityId: mission.id,
        campaignId: campaign.id,
        detail: missionKeyOf(mission),
      });
    },
    { behavior: "immediate" },
  );
}
