"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/form-action";
import type { CountryOption } from "@/lib/i18n/countries";
import { plannedActionSchema, proposedActionSchema, REPORT_LIMITS } from "@/lib/validation/reports";
import { FormAlert, MissionSelect, Note, useErrorText, type MissionGroup } from "./form-parts";
import { CountryOptions } from "@/components/ui/country-options";
import { summaryItems } from "@/components/ui/error-summary";
import { ActionForm } from "@/components/ui/action-form";

const SCHEMAS = { public: proposedActionSchema, organiser: plannedActionSchema };
type Values = Record<string, string | undefined>;

/**
 * A planned action: proposed by an activist (public, with a private contact email) or written by an
 * organiser. Time is typed as the local time at the place plus its IANA zone; with JavaScript the zone
 * starts as the browser's own.
 */
export function PlannedActionForm({
  variant,
  action,
  countries,
  missionGroups,
  timeZones,
  defaults = {},
  hidden = {},
  submitLabel,
}: {
  variant: keyof typeof SCHEMAS;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  countries: CountryOption[];
  missionGroups: MissionGroup[];
  timeZones: string[];
  defaults?: Values;
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const t = useTranslations("plannedAction.form");
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values: Values = { ...defaults, ...(state.status === "error" ? state.values : {}), ...hidden };
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    formState: { errors: clientErrors },
  } = useForm<Values>({ resolver: zodResolver(SCHEMAS[variant] as never), mode: "onTouched", defaultValues: values });

  useEffect(() => {
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);

  useEffect(() => {
    if (getValues("timeZone")) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZones.includes(browserZone)) setValue("timeZone", browserZone);
  }, [getValues, setValue, timeZones]);

  const message = (name: string) =>
    errorText((clientErrors[name]?.message as string | undefined) ?? serverErrors[name], (REPORT_LIMITS as Record<string, number>)[name] ?? 0);
  const formError = state.status === "error" ? state.formError : undefined;
  const alert = formError ? errorText(formError) : state.status === "error" ? t("fixErrors") : undefined;
  const summary = summaryItems(serverErrors, (field) => `planned-${field}`, (field) => message(field), (field) => (t.has(field) ? t(field) : undefined));

  const input = (
    name: "title" | "place" | "city" | "contact" | "organisation" | "contactEmail" | "startsLocal" | "endsLocal",
    opts: { type?: string; autoComplete?: string; hint?: string; optional?: boolean } = {},
  ) => {
    const id = `planned-${name}`;
    const error = message(name);
    return (
      <Field id={id} label={t(name)} hint={opts.hint} error={error} optional={opts.optional} optionalLabel={t("optional")}>
        <input
          id={id}
          type={opts.type ?? "text"}
          autoComplete={opts.autoComplete}
          aria-required={opts.optional ? undefined : true}
          defaultValue={values[name]}
          className={inputClass}
          {...describedBy(id, { hint: !!opts.hint, error })}
          {...register(name)}
        />
      </Field>
    );
  };

  return (
    <ActionForm
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        void handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!))))(event);
      }}
    >
      <FormAlert alertRef={alertRef} formError={formError ? errorText(formError) : undefined} items={summary} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" defaultValue={value} {...register(name)} />
      ))}
      {input("title", { hint: t("titleHint") })}
      <div className="grid gap-5 sm:grid-cols-2">
        {input("startsLocal", { type: "datetime-local", hint: t("localTimeHint") })}
        {input("endsLocal", { type: "datetime-local", optional: true })}
      </div>
      <Field id="planned-timeZone" label={t("timeZone")} hint={t("timeZoneHint")} error={message("timeZone")}>
        <select
          id="planned-timeZone"
          aria-required
          defaultValue={values.timeZone ?? ""}
          className={inputClass}
          {...describedBy("planned-timeZone", { hint: true, error: message("timeZone") })}
          {...register("timeZone")}
        >
          <option value="">{t("chooseTimeZone")}</option>
          {timeZones.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      </Field>
      {input("place", { hint: t("placeHint") })}
      <div className="grid gap-5 sm:grid-cols-2">
        {input("city", { autoComplete: "address-level2" })}
        <Field id="planned-country" label={t("country")} error={message("country")}>
          <select id="planned-country" aria-required defaultValue={values.country ?? ""} className={inputClass} {...describedBy("planned-country", { error: message("country") })} {...register("country")}>
            <CountryOptions countries={countries} empty={t("chooseCountry")} />
          </select>
        </Field>
      </div>
      <MissionSelect
        id="planned-missionId"
        label={t("mission")}
        hint={t("missionHint")}
        noneLabel={t("noMission")}
        groups={missionGroups}
        error={message("missionId")}
        optionalLabel={t("optional")}
        registered={register("missionId")}
        defaultValue={values.missionId}
      />
      <Field id="planned-description" label={t("description")} hint={t("descriptionHint")} error={message("description")} optional optionalLabel={t("optional")}>
        <textarea
          id="planned-description"
          rows={4}
          defaultValue={values.description}
          className={inputClass}
          {...describedBy("planned-description", { hint: true, error: message("description") })}
          {...register("description")}
        />
      </Field>
      {input("contact", { hint: t("contactHint"), optional: true })}
      {input("organisation", { autoComplete: "organization", optional: true })}
      {variant === "public" && input("contactEmail", { type: "email", autoComplete: "email", hint: t("contactEmailHint") })}
      {variant === "public" && <Note>{t("privacy")}</Note>}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-5 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
      >
        {pending ? t("sending") : submitLabel}
      </button>
    </ActionForm>
  );
}
