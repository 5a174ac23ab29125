"use server";
/** Instance administration. Only instance admins; checked here, not by the page. */
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { addAdmin } from "@/lib/auth/admins";
import { requireOrganiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { updateLimits } from "@/lib/security/limits";
import { limitsSchema } from "@/lib/validation/limits";
import { addAdminSchema } from "@/lib/validation/organiser";

export async function addAdminAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: addAdminSchema,
    formData,
    authorize: async () => {
      const organiser = await requireOrganiser();
      if (!organiser.isAdmin) throw new AppError("forbidden", "admin only");
      return organiser;
    },
    perform: (data, organiser) => addAdmin(data.email, organiser.id).email,
  });
  if (state.status === "ok") redirect(`/${isLocale(locale) ? locale : "en"}/organise/admin?added=1`);
  return state;
}

export async function saveLimitsAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: limitsSchema,
    formData,
    authorize: async () => {
      const organiser = await requireOrganiser();
      if (!organiser.isAdmin) throw new AppError("forbidden", "admin only");
      return organiser;
    },
    perform: (data, organiser) => updateLimits(organiser.id, data),
  });
  if (state.status === "ok") redirect(`/${isLocale(locale) ? locale : "en"}/organise/admin?limits=1#limits-heading`);
  return state;
}
