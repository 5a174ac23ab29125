"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Honeypot, ProofOfWork, solveBeforeSubmit } from "@/components/security/form-guard";
import { describedBy, Field, FieldError, inputClass, TextField } from "@/components/ui/field";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { useFormValidation } from "@/components/ui/use-form-validation";
import type { ActionState } from "@/lib/forms/form-action";
import { Link } from "@/lib/i18n/navigation";
import type { CountryOption } from "@/lib/i18n/countries";
import { NAME_DISPLAY_CHOICES, DEFAULT_NAME_DISPLAY } from "@/lib/petitions/name-display";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { LIMITS } from "@/lib/validation/signature-limits";
import { CountryOptions } from "@/components/ui/country-options";
import { ActionForm } from "@/components/ui/action-form";

type SignAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

// The schema (zod) is the larger part of the form's script: it loads when the form is first
// touched, not with the page, so a supporter who only reads never downloads it. Checks wait for
// it; if it cannot load, the form posts unchecked and the server's answer shows the errors.
let validation: Promise<typeof import("./sign-form-validation")> | undefined;
const loadValidation = () =>
  (validation ??= import("./sign-form-validation").catch((err: unknown) => {
    validation = undefined;
    throw err;
  }));
async function validate(form: HTMLFormElement): Promise<FieldErrors> {
  try {
    return (await loadValidation()).validateSignature(form);
  } catch {
    return {};
  }
}
const preload = () => void loadValidation().catch(() => undefined);

/**
 * The sign form: a plain POST to the server action without JavaScript (errors come back
 * rendered next to each field); with JavaScript, the same schema validates as you go.
 */
export function SignForm({
  action,
  countries,
  source,
  consentVersion,
  petitionSlug,
}: {
  action: SignAction;
  /** Asked for with the proof-of-work challenge: its work rises with this address's recent signing. */
  petitionSlug?: string;
  countries: CountryOption[];
  source?: string;
  consentVersion: string;
}) {
  const t = useTranslations("petition.form");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values = state.status === "error" ? state.values : {};
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const errorSummaryRef = useRef<HTMLDivElement>(null);
  const { formRef, errors: clientErrors, handlers, validateAll } = useFormValidation(validate);
  const [commentLength, setCommentLength] = useState((values.comment ?? "").length);
  // The live counter means nothing without JavaScript (it would stay at 0): it shows once hydrated.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const send = async (form: HTMLFormElement) => {
    await solveBeforeSubmit(form);
    startTransition(() => formAction(new FormData(form)));
  };
  // "more_work": others on this connection signed since the challenge came (people at one meeting),
  // so the server wants a harder one. The widget has just been reset (its effect runs first): solve
  // the new challenge and send again, a few times at most, without the person doing anything.
  const moreWorkRetries = useRef(0);
  const moreWork = state.status === "error" && state.fieldErrors.altcha === "more_work";
  useEffect(() => {
    if (state.status !== "error") return;
    if (!moreWork) errorSummaryRef.current?.focus();
    if (moreWork && moreWorkRetries.current < 3 && formRef.current) {
      moreWorkRetries.current++;
      void send(formRef.current);
    } else if (!moreWork) {
      moreWorkRetries.current = 0;
    }
  }, [state]);

  const message = (field: keyof typeof LIMITS | "country" | "nameDisplay" | "optInUpdates" | "commentPublic") => {
    const code = clientErrors[field] ?? serverErrors[field];
    if (!code) return undefined;
    const max = field in LIMITS ? LIMITS[field as keyof typeof LIMITS] : 0;
    return te.has(code) ? te(code, { max }) : te("invalid");
  };
  const formError = state.status === "error" ? state.formError : undefined;
  const hasServerErrors = state.status === "error" && (formError || Object.keys(serverErrors).length > 0);

  const text = (name: "name" | "email" | "city" | "organisation", opts: { type?: string; autoComplete?: string; optional?: boolean }) => (
    <TextField
      id={`sign-${name}`}
      label={t(name)}
      hint={name === "email" ? t("emailHint") : undefined}
      error={message(name)}
      optionalLabel={t("optional")}
      defaultValue={values[name]}
      control={{ name }}
      {...opts}
    />
  );

  const checkbox = (name: "commentPublic" | "optInUpdates", labelClass: string, hasHint = false) => (
    <label className={labelClass}>
      <input
        id={`sign-${name}`}
        type="checkbox"
        name={name}
        defaultChecked={values[name] === "on"}
        className="mt-1 h-4 w-4 accent-brand-700"
        aria-describedby={hasHint ? `sign-${name}-hint` : undefined}
      />
      <span>{t(name)}</span>
    </label>
  );

  return (
    <ActionForm
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void (async () => {
          if (!(await validateAll())) return;
          moreWorkRetries.current = 0;
          await send(formRef.current!);
        })();
      }}
      {...handlers}
      onFocus={preload}
      onPointerDown={preload}
      className="space-y-5"
      aria-labelledby="sign-heading"
    >
      <ErrorSummary
        summaryRef={errorSummaryRef}
        show={Boolean(hasServerErrors)}
        formError={formError ? te(formError) : undefined}
        items={summaryItems(serverErrors, (field) => `sign-${field}`, (field) => message(field as Parameters<typeof message>[0]) ?? (field === "altcha" ? te("verification_failed") : undefined), (field) => (t.has(field) ? t(field) : undefined))}
       
      />
      {text("name", { autoComplete: "name" })}
      {text("email", { type: "email", autoComplete: "email" })}
      <Field id="sign-country" label={t("country")} error={message("country")}>
        <select
          id="sign-country"
          name="country"
          aria-required
          defaultValue={values.country ?? ""}
          className={inputClass}
          {...describedBy("sign-country", { error: message("country") })}
        >
          <CountryOptions countries={countries} empty={t("chooseCountry")} />
        </select>
      </Field>
      {text("city", { autoComplete: "address-level2", optional: true })}
      {text("organisation", { autoComplete: "organization", optional: true })}
      <Field id="sign-comment" label={t("comment")} hint={t("commentHint", { max: LIMITS.comment })} error={message("comment")} optional optionalLabel={t("optional")}>
        <textarea
          id="sign-comment"
          name="comment"
          rows={3}
          defaultValue={values.comment}
          className={inputClass}
          {...describedBy("sign-comment", { hint: true, error: message("comment") })}
          onChange={(event) => setCommentLength(event.target.value.length)}
        />
        {hydrated && (
          <p className="text-right text-xs text-stone-600" aria-hidden="true">
            {commentLength}/{LIMITS.comment}
          </p>
        )}
        {checkbox("commentPublic", "mt-1 flex items-start gap-2", true)}
        <p id="sign-commentPublic-hint" className="ml-6 text-sm text-stone-600">
          {t("commentPublicHint")}
        </p>
        <FieldError id="sign-commentPublic-error" error={message("commentPublic")} />
      </Field>
      <fieldset {...describedBy("sign-nameDisplay", { error: message("nameDisplay") })}>
        <legend className="font-semibold">{t("nameDisplay")}</legend>
        <div className="mt-1 space-y-1">
          {NAME_DISPLAY_CHOICES.map((choice, i) => (
            <label key={choice} className="flex items-center gap-2">
              <input
                id={i === 0 ? "sign-nameDisplay" : undefined}
                type="radio"
                name="nameDisplay"
                value={choice}
                defaultChecked={(values.nameDisplay ?? DEFAULT_NAME_DISPLAY) === choice}
                className="h-4 w-4 accent-brand-700"
              />
              {t(`nameDisplayChoice.${choice}`)}
            </label>
          ))}
        </div>
        <FieldError id="sign-nameDisplay-error" error={message("nameDisplay")} />
      </fieldset>
      <div>
        {checkbox("optInUpdates", "flex items-start gap-2")}
        <FieldError id="sign-optInUpdates-error" error={message("optInUpdates")} />
      </div>
      <input type="hidden" name="source" defaultValue={source ?? ""} />
      <Honeypot id="sign-website" />
      <ProofOfWork
        id="sign-altcha"
        error={serverErrors.altcha ? te(serverErrors.altcha === "more_work" ? "more_work" : "verification_failed") : undefined}
        resetKey={state}
        challengeUrl={petitionSlug ? `/api/altcha/challenge?petition=${encodeURIComponent(petitionSlug)}` : undefined}
      />
      {/* This script can solve a harder challenge when asked (more_work) instead of being flagged. */}
      {hydrated && <input type="hidden" name="altcha_retry" value="1" />}
      <p className="text-sm text-stone-700" id="consent-statement" data-consent-version={consentVersion}>
        {t.rich("consent", {
          link: (chunks) => (
            <Link href="/privacy" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <button
        type="submit"
        disabled={pending}
        aria-describedby="consent-statement"
        className="w-full rounded-md bg-brand-700 px-5 py-3 text-lg font-bold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </ActionForm>
  );
}
