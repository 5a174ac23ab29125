"use client";
/**
 * The state and the repeated pieces of the report-back and planned-action forms: the server action's
 * state, react-hook-form with the kind's schema, error text per field, the error summary, the hidden
 * inputs, a text field, the place fields (city, country, directory entry) and the submit button.
 * Field ids are `<prefix>-<name>`; labels come from the kind's catalogue (`namespace`).
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { CountryOptions } from "@/components/ui/country-options";
import { summaryItems } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass, TextField } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/form-action";
import type { CountryOption } from "@/lib/i18n/countries";
import { REPORT_LIMITS } from "@/lib/validation/reports";
import { FormAlert, MissionSelect, useErrorText, type MissionGroup } from "./form-parts";

export type Values = Record<string, string | undefined>;

/** What a page hands either kind's form. */
export interface SubmissionFormProps<Variant extends string> {
  variant: Variant;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  countries: CountryOption[];
  missionGroups: MissionGroup[];
  defaults?: Values;
  hidden?: Record<string, string>;
  submitLabel: string;
}

export interface TextFieldOptions {
  type?: string;
  autoComplete?: string;
  hint?: string;
  optional?: boolean;
}

export function useSubmissionForm({
  prefix,
  namespace,
  schema,
  action,
  values: initial,
  hidden,
  defaultLimit,
  extraError = () => undefined,
}: {
  prefix: string;
  namespace: "report.form" | "plannedAction.form";
  schema: unknown;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** Defaults before any post. */
  values: Values;
  hidden: Record<string, string>;
  /** The limit an error message names when the field has none in REPORT_LIMITS. */
  defaultLimit: number;
  /** An error found in the browser outside the schema (e.g. a chosen photo), shown first. */
  extraError?: (name: string) => string | undefined;
}) {
  const t = useTranslations(namespace);
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values: Values = { ...initial, ...(state.status === "error" ? state.values : {}), ...hidden };
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema as never), mode: "onTouched", defaultValues: values });
  const { register } = form;
  const clientErrors = form.formState.errors;

  useEffect(() => {
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);

  const message = (name: string) =>
    errorText(extraError(name) ?? (clientErrors[name]?.message as string | undefined) ?? serverErrors[name], (REPORT_LIMITS as Record<string, number>)[name] ?? defaultLimit);
  const formError = state.status === "error" ? state.formError : undefined;
  const summary = summaryItems(serverErrors, (field) => `${prefix}-${field}`, (field) => message(field), (field) => (t.has(field) ? t(field) : undefined));

  /** The error summary and the hidden inputs, at the top of the form. */
  const top = (
    <>
      <FormAlert alertRef={alertRef} formError={formError ? errorText(formError) : undefined} items={summary} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" defaultValue={value} {...register(name)} />
      ))}
    </>
  );

  const textField = (name: string, opts: TextFieldOptions = {}) => (
    <TextField id={`${prefix}-${name}`} label={t(name)} error={message(name)} optionalLabel={t("optional")} defaultValue={values[name]} control={register(name)} {...opts} />
  );

  /** City and country side by side, then the directory entry it was addressed to. */
  const placeFields = (countries: CountryOption[], missionGroups: MissionGroup[]) => (
    <>
      <div className="grid gap-5 sm:grid-cols-2">
        {textField("city", { autoComplete: "address-level2" })}
        <Field id={`${prefix}-country`} label={t("country")} error={message("country")}>
          <select id={`${prefix}-country`} aria-required defaultValue={values.country ?? ""} className={inputClass} {...describedBy(`${prefix}-country`, { error: message("country") })} {...register("country")}>
            <CountryOptions countries={countries} empty={t("chooseCountry")} />
          </select>
        </Field>
      </div>
      <MissionSelect
        id={`${prefix}-missionId`}
        label={t("mission")}
        hint={t("missionHint")}
        noneLabel={t("noMission")}
        groups={missionGroups}
        error={message("missionId")}
        optionalLabel={t("optional")}
        registered={register("missionId")}
        defaultValue={values.missionId}
      />
    </>
  );

  const submitButton = (label: string, describedById?: string) => (
    <button
      type="submit"
      disabled={pending}
      aria-describedby={describedById}
      className="w-full rounded-md bg-brand-700 px-5 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
    >
      {pending ? t("sending") : label}
    </button>
  );

  return { t, form, state, formAction, formRef, values, message, formError, errorText, top, textField, placeFields, submitButton };
}
