"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Honeypot, ProofOfWork, solveBeforeSubmit } from "@/components/security/form-guard";
import { describedBy, Field, FieldError, inputClass } from "@/components/ui/field";
import {
  latestToday,
  MAX_REPORT_PHOTOS,
  organiserReportSchema,
  REPORT_KIND_CHOICES,
  REPORT_LIMITS,
  reportEditSchema,
  reportSchema,
} from "@/lib/validation/reports";
import { checkChosenPhotos, MAX_PHOTO_MB, Note } from "./form-parts";
import { useSubmissionForm, type SubmissionFormProps, type TextFieldOptions, type Values } from "./use-submission-form";
import { CheckedForm } from "@/components/ui/checked-form";

const SCHEMAS = { public: reportSchema, fromPlanned: organiserReportSchema, edit: reportEditSchema };

/**
 * A report-back. public: anyone, with photos and a private contact email; fromPlanned: an organiser
 * writing up a past planned action; edit: a moderator correcting the text. A plain multipart POST
 * without JavaScript; with it, the shared schema and the photo limits are checked before sending.
 */
export function ReportForm({
  variant,
  action,
  countries,
  missionGroups,
  defaults = {},
  hidden = {},
  submitLabel,
}: SubmissionFormProps<keyof typeof SCHEMAS>) {
  const tk = useTranslations("report.kinds");
  const [fileErrors, setFileErrors] = useState<Values>({});
  const withPhotos = variant !== "edit";
  // The live counters mean nothing without JavaScript (they would stay at 0): they show once hydrated.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { t, form, state, formAction, formRef, values, message, formError, errorText, top, textField, placeFields, submitButton } = useSubmissionForm({
    prefix: "report",
    namespace: "report.form",
    schema: SCHEMAS[variant],
    action,
    values: { kind: "letter_delivered", ...defaults },
    hidden,
    defaultLimit: MAX_REPORT_PHOTOS,
    extraError: (name) => fileErrors[name],
  });
  const { register, handleSubmit, watch } = form;
  const alert = formError ? errorText(formError) : state.status === "error" ? t("fixErrors") : undefined;

  const checkFiles = (): Values => {
    const form = formRef.current;
    if (!form || !withPhotos) return {};
    const photos = form.elements.namedItem("photos") as HTMLInputElement | null;
    const reply = form.elements.namedItem("replyPhoto") as HTMLInputElement | null;
    const found: Values = { photos: checkChosenPhotos(photos?.files, MAX_REPORT_PHOTOS), replyPhoto: checkChosenPhotos(reply?.files, 1) };
    const errors = Object.fromEntries(Object.entries(found).filter(([, v]) => v));
    setFileErrors(errors);
    return errors;
  };

  const text = (name: "city" | "organisation" | "contactEmail", opts: TextFieldOptions = {}) => textField(name, opts);

  const longText = (name: "account" | "replyText", optional: boolean) => {
    const id = `report-${name}`;
    const error = message(name);
    const length = (watch(name) ?? "").length;
    return (
      <Field id={id} label={t(name)} hint={t(`${name}Hint`, { max: REPORT_LIMITS[name] })} error={error} optional={optional} optionalLabel={t("optional")}>
        <textarea
          id={id}
          rows={name === "account" ? 6 : 3}
          aria-required={optional ? undefined : true}
          defaultValue={values[name]}
          className={inputClass}
          {...describedBy(id, { hint: true, error })}
          {...register(name)}
        />
        {hydrated && (
          <p className="text-right text-xs text-stone-600" aria-hidden="true">
            {length}/{REPORT_LIMITS[name]}
          </p>
        )}
      </Field>
    );
  };

  const fileField = (name: "photos" | "replyPhoto") => {
    const id = `report-${name}`;
    const error = message(name);
    return (
      <Field id={id} label={t(name)} hint={t(`${name}Hint`, { max: MAX_REPORT_PHOTOS, mb: MAX_PHOTO_MB })} error={error} optional optionalLabel={t("optional")}>
        <input
          id={id}
          name={name}
          type="file"
          multiple={name === "photos"}
          accept="image/jpeg,image/png,image/webp"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-400 file:bg-white file:px-3 file:py-2"
          {...describedBy(id, { hint: true, error })}
          onChange={checkFiles}
        />
      </Field>
    );
  };

  return (
    <CheckedForm
      formRef={formRef}
      action={formAction}
      className="space-y-5"
      check={(post) => {
        const files = checkFiles();
        return handleSubmit(async () => {
          if (Object.keys(files).length > 0) return;
          await solveBeforeSubmit(formRef.current!);
          post();
        });
      }}
    >
      {top}
      <Field id="report-kind" label={t("kind")} error={message("kind")}>
        <select id="report-kind" aria-required defaultValue={values.kind} className={inputClass} {...describedBy("report-kind", { error: message("kind") })} {...register("kind")}>
          {REPORT_KIND_CHOICES.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="report-actionDate" label={t("actionDate")} hint={t("actionDateHint")} error={message("actionDate")}>
        <input
          id="report-actionDate"
          type="date"
          max={latestToday()}
          aria-required
          defaultValue={values.actionDate}
          className={inputClass}
          {...describedBy("report-actionDate", { hint: true, error: message("actionDate") })}
          {...register("actionDate")}
        />
      </Field>
      {placeFields(countries, missionGroups)}
      {longText("account", false)}
      {withPhotos && fileField("photos")}
      {longText("replyText", true)}
      {withPhotos && fileField("replyPhoto")}
      {text("organisation", { autoComplete: "organization", hint: t("organisationHint"), optional: true })}
      {variant === "public" && text("contactEmail", { type: "email", autoComplete: "email", hint: t("contactEmailHint") })}
      {variant === "public" && <Note id="report-privacy">{t("privacy")}</Note>}
      {variant === "public" && (
        <>
          <Honeypot id="report-website" />
          <ProofOfWork id="report-altcha" error={errorText(state.status === "error" ? state.fieldErrors.altcha : undefined)} resetKey={state} />
        </>
      )}
      {formError === "rate_limited" && <FieldError id="report-submit-error" error={alert} />}
      {submitButton(submitLabel, formError === "rate_limited" ? "report-submit-error" : undefined)}
    </CheckedForm>
  );
}
