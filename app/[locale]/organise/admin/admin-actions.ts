"use server";
/** Instance administration. Only instance admins; checked here, not by the page. */
import { type ActionState } from "@/lib/forms/form-action";
import { addAdmin } from "@/lib/auth/admins";
import { updateLimits } from "@/lib/security/limits";
import { limitsSchema } from "@/lib/validation/limits";
import { addAdminSchema } from "@/lib/validation/organiser";
import { runAdminForm } from "./admin-form";

export async function addAdminAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminForm(locale, formData, addAdminSchema, (data, admin) => addAdmin(data.email, admin.id).email, (lang) => `/${lang}/organise/admin?added=1`);
}

export async function saveLimitsAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminForm(locale, formData, limitsSchema, (data, admin) => updateLimits(admin.id, data), (lang) => `/${lang}/organise/admin?limits=1#limits-heading`);
}
