"use server";
/** The identity rules on the admin page (IPv6 prefix, email domain rules). Only instance admins; checked here. */
import { type ActionState } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/locales";
import { deleteEmailRule, saveEmailRule, updateIpv6Prefix } from "@/lib/security/identity-settings";
import { deleteEmailRuleSchema, emailRuleSchema, ipv6PrefixSchema } from "@/lib/validation/identity";
import { runAdminForm } from "./admin-form";

const back = (flag: string) => (lang: Locale) => `/${lang}/organise/admin?identity=${flag}#identity-heading`;

export async function saveIpv6PrefixAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminForm(locale, formData, ipv6PrefixSchema, (data, admin) => updateIpv6Prefix(admin.id, data.ipv6Prefix), back("prefix"));
}

export async function saveEmailRuleAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminForm(locale, formData, emailRuleSchema, (data, admin) => saveEmailRule(admin.id, data), back("rule"));
}

export async function deleteEmailRuleAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAdminForm(locale, formData, deleteEmailRuleSchema, (data, admin) => deleteEmailRule(admin.id, data.domain), back("deleted"));
}
