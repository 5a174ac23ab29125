/**
 * What every instance-admin form action shares (admin-actions, identity-actions, campaigns/review-actions):
 * the spine with "instance admins only" as its permission, checked here and not by the page, then the
 * page to go back to on success.
 */
import "server-only";
import { redirect } from "next/navigation";
import type * as z from "zod/v4/core";
import { requireOrganiser, type Organiser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { langOf } from "@/lib/forms/bound-args";
import { runFormAction, type ActionState } from "@/lib/forms/form-action";
import type { Locale } from "@/lib/i18n/locales";

async function requireAdmin(): Promise<Organiser> {
  const organiser = await requireOrganiser();
  if (!organiser.isAdmin) throw new AppError("forbidden", "admin only");
  return organiser;
}

export function runAdminForm<S extends z.$ZodObject, R>(
  locale: string,
  formData: FormData,
  schema: S,
  perform: (data: z.output<S>, admin: Organiser) => R,
  /** Where the admin lands after success (`redirect`). */
  next: (lang: Locale, result: R) => string,
): Promise<ActionState<R>> {
  return runFormAction({ schema, formData, authorize: requireAdmin, perform, onSuccess: (result) => redirect(next(langOf(locale), result)) });
}
