"use server";
/** The recipient directory's actions: save, delete, import. Each checks `directory.edit` itself. */
import { redirect } from "next/navigation";
import { getMissionForCampaign } from "@/db/queries/missions";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireCampaign } from "@/lib/auth/session";
import { decodeCsvBytes } from "@/lib/directory/csv";
import { removeMission, saveMission } from "@/lib/directory/entries";
import { checkDirectoryImport, importDirectoryCsv, type ImportReport } from "@/lib/directory/import";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { deleteMissionSchema, directoryImportSchema, missionSchema } from "@/lib/validation/directory";

function directoryPath(locale: string, campaignId: number) {
  return `/${isLocale(locale) ? locale : "en"}/organise/campaigns/${campaignId}/directory`;
}

/** Loads the campaign and, when an id is given, its entry; an entry of another campaign is "not found". */
async function authorizeEntry(data: { campaignId: number; missionId?: number }) {
  const { organiser, campaign } = await requireCampaign(data.campaignId, "directory.edit");
  const existing = data.missionId ? getMissionForCampaign(campaign.id, data.missionId) : undefined;
  if (data.missionId && !existing) throw new AppError("not_found", `mission ${data.missionId}`);
  return { organiser, campaign, existing };
}

export async function saveMissionAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: missionSchema,
    formData,
    authorize: authorizeEntry,
    perform: (data, { organiser, campaign, existing }) => saveMission(organiser, campaign, data, existing),
    onSuccess: (saved) => redirect(`${directoryPath(locale, saved.campaignId)}?${new URLSearchParams({ country: saved.hostCountry, saved: "1" })}#mission-${saved.id}`),
  });
}

export async function deleteMissionAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction({
    schema: deleteMissionSchema,
    formData,
    authorize: authorizeEntry,
    perform: (_data, { organiser, campaign, existing }) => {
      removeMission(organiser, campaign, existing!);
      return campaign.id;
    },
    onSuccess: (campaignId) => redirect(`${directoryPath(locale, campaignId)}?deleted=1`),
  });
}

export type ImportStep =
  | { step: "report"; report: ImportReport; csv: string; refused?: AppErrorCode }
  | { step: "imported"; campaignId: number; inserted: number; updated: number; skipped: number };

const noRows = (problem: ImportReport["fileProblems"][number]): ImportReport => ({
  fileProblems: [problem],
  rowProblems: [],
  rows: 0,
  valid: 0,
  invalid: 0,
  inserts: 0,
  updates: 0,
});

/**
 * Step 1 ("check"): reads an uploaded file or pasted text and returns the report, writing nothing.
 * Step 2 ("importAll" / "importValid"): the same text comes back in a hidden field, is checked
 * again and imported in one transaction; if it no longer allows the choice, the report comes back.
 */
export async function directoryImportAction(locale: string, _prev: ActionState<ImportStep>, formData: FormData): Promise<ActionState<ImportStep>> {
  const state = await runFormAction({
    schema: directoryImportSchema,
    formData,
    authorize: (data) => requireCampaign(data.campaignId, "directory.edit"),
    perform: async (data, { organiser, campaign }): Promise<ImportStep> => {
      if (data.intent === "check") {
        const file = formData.get("file");
        let csv = data.csv ?? "";
        if (file instanceof File && file.size > 0) {
          const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
          if (!decoded.ok) return { step: "report", report: noRows(decoded.problem), csv: "" };
          csv = decoded.text;
        }
        return { step: "report", report: checkDirectoryImport(campaign.id, csv), csv };
      }
      const csv = data.csv ?? "";
      try {
        return { step: "imported", campaignId: campaign.id, ...importDirectoryCsv(organiser, campaign, csv, data.intent === "importAll" ? "all" : "valid") };
      } catch (err) {
        if (!(err instanceof AppError) || err.code === "not_found") throw err;
        return { step: "report", report: checkDirectoryImport(campaign.id, csv), csv, refused: err.code };
      }
    },
  });
  if (state.status === "ok" && state.result.step === "imported") {
    const { campaignId, inserted, updated, skipped } = state.result;
    redirect(`${directoryPath(locale, campaignId)}?${new URLSearchParams({ imported: String(inserted), updated: String(updated), skipped: String(skipped) })}`);
  }
  return state;
}
