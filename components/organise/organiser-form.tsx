"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/form-action";
import { deleteMissionSchema, missionSchema } from "@/lib/validation/directory";
import { letterTemplateSchema } from "@/lib/letters/schemas";
import { parseErrorCode } from "@/lib/validation/error-params";
import { emailRuleSchema, ipv6PrefixSchema } from "@/lib/validation/identity";
import { limitsSchema } from "@/lib/validation/limits";
import { approveCampaignSchema, declineCampaignSchema, submitCampaignSchema } from "@/lib/validation/campaign-review";
import {
  addAdminSchema,
  campaignSchema,
  inviteSchema,
  newsSchema,
  ORGANISER_LIMITS,
  petitionSchema,
  settingsSchema,
  signInSchema,
  slugify,
} from "@/lib/validation/organiser";
import { CheckedForm } from "@/components/ui/checked-form";
import { MarkdownPreview, SelectSearch } from "./organiser-form-parts";

const SCHEMAS = {
  campaign: campaignSchema,
  petition: petitionSchema,
  news: newsSchema,
  invite: inviteSchema,
  signIn: signInSchema,
  addAdmin: addAdminSchema,
  mission: missionSchema, deleteMission: deleteMissionSchema,
  letterTemplate: letterTemplateSchema,
  limits: limitsSchema,
  settings: settingsSchema,
  submitCampaign: submitCampaignSchema,
  approveCampaign: approveCampaignSchema,
  declineCampaign: declineCampaignSchema,
  ipv6Prefix: ipv6PrefixSchema,
  emailRule: emailRuleSchema,
};
export type SchemaName = keyof typeof SCHEMAS;

export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "email" | "textarea" | "markdown" | "number" | "datetime" | "checkbox" | "select" | "hidden" | "slug" | "image";
  /** For images: the picture stored now, shown above the file chooser. */
  current?: string;
  hint?: string;
  /** The field's length limit for "tooLong" messages, when ORGANISER_LIMITS does not have it. */
  max?: number;
  optional?: boolean;
  options?: { value: string; label: string }[];
  /** For selects: options under group headings (instead of `options`). */
  groups?: { label: string; options: { value: string; label: string }[] }[];
  /** For long selects: with JavaScript, a box above that narrows the options as you type. */
  searchLabel?: string;
  rows?: number;
  /** For slugs: the field whose text proposes the slug until the slug is edited by hand. */
  slugFrom?: string;
}

type Values = Record<string, string | boolean | undefined>;

/**
 * Every organiser form: a plain POST to its server action without JavaScript; with it,
 * validation as you go with the shared schema, a live Markdown preview, and a warning
 * before leaving with unsaved changes.
 */
export function OrganiserForm({
  schema,
  action,
  ids = {},
  fields: ownFields,
  defaults: ownDefaults,
  submitLabel,
  id = `form-${schema}`,
  limits = ORGANISER_LIMITS,
}: {
  schema: SchemaName;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /**
   * The record's ids (`campaignId`, `petitionId`, …) as hidden fields before the others; null (posted as "")
   * for a record not saved yet. Not undefined: a key whose value is undefined does not reach the browser.
   */
  ids?: Record<string, number | null>;
  fields: FieldSpec[];
  defaults: Values;
  submitLabel: string;
  id?: string;
  /** Maximum lengths by field, for the "too long" message. */
  limits?: Record<string, number>;
}) {
  const fields: FieldSpec[] = [...Object.keys(ids).map((name) => ({ name, label: "", kind: "hidden" as const })), ...ownFields];
  const defaults: Values = { ...Object.fromEntries(Object.entries(ids).map(([name, value]) => [name, value ? String(value) : ""])), ...ownDefaults };
  const t = useTranslations("organise.form");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const echoed = state.status === "error" ? state.values : undefined;
  const initial: Values = { ...defaults, ...(echoed ?? {}) };
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [slugTouched, setSlugTouched] = useState(Boolean(defaults.slug));
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    formState: { errors: clientErrors, isDirty, isSubmitSuccessful },
  } = useForm<Values>({ resolver: zodResolver(SCHEMAS[schema] as never), mode: "onTouched", defaultValues: initial });

  useEffect(() => {
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (isDirty && !isSubmitSuccessful && !pending) {
        e.preventDefault();
        e.returnValue = "";
      }
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty, isSubmitSuccessful, pending]);

  const slugSource = fields.find((f) => f.kind === "slug")?.slugFrom;
  const sourceValue = slugSource ? (watch(slugSource) as string | undefined) : undefined;
  useEffect(() => {
    if (slugSource && !slugTouched && typeof sourceValue === "string") setValue("slug", slugify(sourceValue));
  }, [slugSource, slugTouched, sourceValue, setValue]);

  const message = (name: string) => {
    const error = (clientErrors[name]?.message as string | undefined) ?? serverErrors[name];
    if (!error) return undefined;
    const { code, params } = parseErrorCode(error);
    const max = fields.find((f) => f.name === name)?.max ?? (limits as Record<string, number>)[name] ?? 0;
    return te.has(code) ? te(code, { max, ...params }) : te("invalid");
  };
  const formError = state.status === "error" ? state.formError : undefined;
  const hasErrors = state.status === "error" && (formError || Object.keys(serverErrors).length > 0);

  return (
    <CheckedForm id={id} formRef={formRef} action={formAction} check={handleSubmit} className="space-y-5">
      <div ref={alertRef} tabIndex={-1} role="alert" aria-live="assertive" className="outline-none">
        {hasErrors && (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">
            {formError ? te(formError) : t("fixErrors")}
          </p>
        )}
      </div>
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const error = message(f.name);
        const value = initial[f.name];
        if (f.kind === "hidden") {
          return <input key={f.name} type="hidden" defaultValue={String(value ?? "")} {...register(f.name)} />;
        }
        if (f.kind === "checkbox") {
          return (
            <div key={f.name}>
              <label className="flex items-start gap-2">
                <input
                  id={fieldId}
                  type="checkbox"
                  defaultChecked={value === true || value === "on"}
                  className="mt-1 h-4 w-4 accent-brand-700"
                  {...describedBy(fieldId, { hint: !!f.hint, error })}
                  {...register(f.name)}
                />
                <span>
                  {f.label}
                  {f.hint && (
                    <span id={`${fieldId}-hint`} className="block text-sm text-stone-600">
                      {f.hint}
                    </span>
                  )}
                </span>
              </label>
              <FieldError id={`${fieldId}-error`} error={error} />
            </div>
          );
        }
        const common = {
          id: fieldId,
          className: inputClass,
          "aria-required": f.optional ? undefined : true,
          ...describedBy(fieldId, { hint: !!f.hint, error }),
        };
        let control;
        if (f.kind === "image") {
          control = (
            <>
              {f.current && <img src={f.current} alt="" className="mb-2 max-h-40 rounded" />}
              <input {...common} name={f.name} type="file" accept="image/jpeg,image/png,image/webp" />
            </>
          );
        } else if (f.kind === "select") {
          const option = (o: { value: string; label: string }) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          );
          control = (
            <>
              {f.searchLabel && <SelectSearch selectId={fieldId} label={f.searchLabel} />}
              <select {...common} defaultValue={String(value ?? "")} {...register(f.name)}>
                {f.groups
                  ? f.groups.map((g) => (
                      <optgroup key={g.label} label={g.label}>
                        {g.options.map(option)}
                      </optgroup>
                    ))
                  : f.options!.map(option)}
              </select>
            </>
          );
        } else if (f.kind === "textarea" || f.kind === "markdown") {
          control = <textarea {...common} rows={f.rows ?? 6} defaultValue={String(value ?? "")} {...register(f.name)} />;
        } else {
          const type = { text: "text", email: "email", number: "number", datetime: "datetime-local", slug: "text" }[f.kind];
          const registered = register(f.name);
          control = (
            <input
              {...common}
              type={type}
              defaultValue={String(value ?? "")}
              {...registered}
              onChange={(e) => {
                if (f.kind === "slug") setSlugTouched(true);
                return registered.onChange(e);
              }}
            />
          );
        }
        return (
          <Field key={f.name} id={fieldId} label={f.label} hint={f.hint} error={error} optional={f.optional} optionalLabel={t("optional")}>
            {control}
            {f.kind === "markdown" && <MarkdownPreview source={(watch(f.name) as string) ?? ""} label={t("preview")} />}
          </Field>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-bold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("saving") : submitLabel}
      </button>
    </CheckedForm>
  );
}
