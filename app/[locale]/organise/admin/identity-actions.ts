"use server";
/** The identity rules on the admin page (IPv6 prefix, email domain rules). Only instance admins; checked here. */
import { redirect } from "next/navigation";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import { requireOrganiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { deleteEmailRule, saveEmailRule, updateIpv6Prefix } from "@/lib/security/identity-settings";
import { deleteEmailRuleSchema, emailRuleSchema, ipv6PrefixSchema } from "@/lib/validation/identity";

async function requireAdmin() {
  const organiser = await requireOrganiser();
  if (!organiser.isAdmin) throw new AppError("forbidden", "admin only");
  return organiser;
}

const back = (locale: string, flag: string) => `/${isLocale(locale) ? locale : "en"}/organise/admin?identity=${flag}#identity-heading`;

export async function saveIpv6PrefixAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: ipv6PrefixSchema,
    formData,
    authorize: requireAdmin,
    perform: (data, organiser) => updateIpv6Prefix(organiser.id, data.ipv6Prefix),
  });
  if (state.status === "ok") redirect(back(locale, "prefix"));
  return state;
}

export async function saveEmailRuleAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: emailRuleSchema,
    formData,
    authorize: requireAdmin,
    perform: (data, organiser) => saveEmailRule(organiser.id, data),
  });
  if (state.status === "ok") redirect(back(locale, "rule"));
  return state;
}

export async function deleteEmailRuleAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction({
    schema: deleteEmailRuleSchema,
    formData,
    authorize: requireAdmin,
    perform: (data, organiser) => deleteEmailRule(organiser.id, data.domain),
  });
  if (state.status === "ok") redirect(back(locale, "deleted"));
  return state;
}
