"use client";

import { useEffect } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { plannedActionSchema, proposedActionSchema } from "@/lib/validation/reports";
import { Note } from "./form-parts";
import { useSubmissionForm, type SubmissionFormProps, type TextFieldOptions } from "./use-submission-form";

const SCHEMAS = { public: proposedActionSchema, organiser: plannedActionSchema };

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
}: SubmissionFormProps<keyof typeof SCHEMAS> & { timeZones: string[] }) {
  const { t, form, formAction, formRef, values, message, top, textField, placeFields, submitButton } = useSubmissionForm({
    prefix: "planned",
    namespace: "plannedAction.form",
    schema: SCHEMAS[variant],
    action,
    values: defaults,
    hidden,
    defaultLimit: 0,
  });
  const { register, handleSubmit, setValue, getValues } = form;

  useEffect(() => {
    if (getValues("timeZone")) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZones.includes(browserZone)) setValue("timeZone", browserZone);
  }, [getValues, setValue, timeZones]);

  const input = (name: "title" | "place" | "contact" | "organisation" | "contactEmail" | "startsLocal" | "endsLocal", opts: TextFieldOptions = {}) => textField(name, opts);

  return (
    <CheckedForm formRef={formRef} action={formAction} check={handleSubmit} className="space-y-5">
      {top}
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
      {placeFields(countries, missionGroups)}
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
      {submitButton(submitLabel)}
    </CheckedForm>
  );
}
