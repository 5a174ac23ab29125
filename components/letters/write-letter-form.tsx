"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { ComposedLetter } from "@/app/[locale]/letters/[templateId]/compose-letter-actions";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/form-action";
import type { CountryOption } from "@/lib/i18n/countries";
import { LETTER_LIMITS, letterRequestSchema } from "@/lib/letters/schemas";
import { parseErrorCode } from "@/lib/validation/error-params";
import { LetterPreview } from "./letter-preview";
import { CountryOptions } from "@/components/ui/country-options";
import { ErrorSummary, summaryItems } from "@/components/ui/error-summary";
import { CheckedForm } from "@/components/ui/checked-form";
import { Section } from "@/components/layout/page-section";

type Values = Record<string, string>;
type TextName = Exclude<keyof typeof LETTER_LIMITS, "title" | "purpose" | "subject" | "salutation" | "body" | "signOff">;

/**
 * Writing a letter. Without JavaScript: "Show my letter" posts to the server action, which
 * renders the letter below, and the download buttons post the same fields to the file routes.
 * With JavaScript: the same schema checks as you go and the letter follows what you type.
 */
export function WriteLetterForm({
  action,
  templateId,
  choices,
  countries,
  entryInfo,
}: {
  action: (prev: ActionState<ComposedLetter>, formData: FormData) => Promise<ActionState<ComposedLetter>>;
  templateId: number;
  choices: { value: string; label: string }[];
  countries: CountryOption[];
  /** What the directory says about each choice (verification, source, notes), rendered on the server. */
  entryInfo: Record<string, ReactNode>;
}) {
  const t = useTranslations("letters.write");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [initial] = useState<Values>(() => {
    const v = state.status === "error" ? state.values : state.status === "ok" ? state.result.values : {};
    return Object.fromEntries(Object.entries(v ?? {}).map(([k, x]) => [k, x ?? ""]));
  });
  const [hydrated, setHydrated] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors: clientErrors },
  } = useForm<Values>({ resolver: zodResolver(letterRequestSchema as never), mode: "onTouched", defaultValues: initial });

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);

  // The live preview: once what is typed passes the schema, compose it (debounced).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = watch((values) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (formRef.current && letterRequestSchema.safeParse(values).success) {
          const data = new FormData(formRef.current);
          startTransition(() => formAction(data));
        }
      }, 500);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [watch, formAction]);

  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const message = (name: string) => {
    const error = (clientErrors[name]?.message as string | undefined) ?? serverErrors[name];
    if (!error) return undefined;
    const { code, params } = parseErrorCode(error);
    return te.has(code) ? te(code, { max: (LETTER_LIMITS as Record<string, number>)[name] ?? 0, ...params }) : te("invalid");
  };
  const recipient = watch("recipient") ?? "";
  const composed = state.status === "ok" ? state.result : undefined;

  const text = (name: TextName, opts: { type?: string; autoComplete?: string; optional?: boolean; hint?: string; rows?: number } = {}) => {
    const id = `letter-${name}`;
    const error = message(name);
    const common = {
      id,
      className: inputClass,
      "aria-required": opts.optional ? undefined : true,
      ...describedBy(id, { hint: !!opts.hint, error }),
      // Rendered into the HTML too, so a reload without JavaScript keeps what was typed.
      defaultValue: initial[name] ?? "",
      ...register(name),
    };
    return (
      <Field id={id} label={t(name)} hint={opts.hint} error={error} optional={opts.optional} optionalLabel={t("optional")}>
        {opts.rows ? (
          <textarea {...common} rows={opts.rows} />
        ) : (
          <input {...common} type={opts.type ?? "text"} autoComplete={opts.autoComplete} />
        )}
      </Field>
    );
  };
  const recipientError = message("recipient");
  const countryError = message("recipientCountry");
  const showCustom = !hydrated || recipient === "custom";

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <CheckedForm
        formRef={formRef}
        action={formAction}
        check={handleSubmit}
        // The download buttons post natively to their routes; only "Show my letter" is handled here.
        postsNatively={(event) => !!(event.nativeEvent as SubmitEvent).submitter?.hasAttribute("formaction")}
        className="space-y-6"
      >
        <input type="hidden" name="locale" value={locale} />
        <ErrorSummary
          summaryRef={alertRef}
          show={state.status === "error"}
          formError={state.status === "error" && state.formError ? te(state.formError) : undefined}
          items={summaryItems(serverErrors, (field) => `letter-${field}`, message, (field) => (t.has(field) ? t(field) : undefined))}
         
        />
        {composed && (
          <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
            {t("ready")}{" "}
            <a href="#letter" className="font-semibold underline">
              {t("jump")}
            </a>
          </p>
        )}

        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
          <legend className="px-1 text-xl font-bold">{t("recipientHeading")}</legend>
          <Field id="letter-recipient" label={t("recipient")} hint={t("recipientHint")} error={recipientError}>
            <select id="letter-recipient" className={inputClass} aria-required {...describedBy("letter-recipient", { hint: true, error: recipientError })} defaultValue={initial.recipient ?? ""} {...register("recipient")}>
              <option value="">{t("chooseRecipient")}</option>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
              <option value="custom">{t("custom")}</option>
            </select>
          </Field>
          {entryInfo[recipient] && <div data-testid="recipient-entry">{entryInfo[recipient]}</div>}
          {showCustom && (
            <fieldset className="space-y-4 rounded-md border border-stone-300 p-3">
              <legend className="px-1 font-semibold">{t("customHeading")}</legend>
              {!hydrated && <p className="text-sm text-stone-600">{t("customHint")}</p>}
              {text("recipientName", { optional: true })}
              {text("recipientTitle", { optional: true })}
              {text("recipientOrganisation", { optional: true })}
              {text("recipientAddress", { optional: true, rows: 3, hint: t("recipientAddressHint") })}
              <Field id="letter-recipientCountry" label={t("recipientCountry")} hint={t("recipientCountryHint")} error={countryError} optional optionalLabel={t("optional")}>
                <select id="letter-recipientCountry" className={inputClass} {...describedBy("letter-recipientCountry", { hint: true, error: countryError })} defaultValue={initial.recipientCountry ?? ""} {...register("recipientCountry")}>
                  <CountryOptions countries={countries} empty={t("noCountry")} />
                </select>
              </Field>
              {text("recipientEmail", { optional: true, type: "email" })}
            </fieldset>
          )}
        </fieldset>

        <fieldset className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
          <legend className="px-1 text-xl font-bold">{t("senderHeading")}</legend>
          {text("senderName", { autoComplete: "name" })}
          {text("senderRole", { optional: true, hint: t("senderRoleHint"), autoComplete: "organization-title" })}
          {text("senderOrganisation", { optional: true, autoComplete: "organization" })}
          {text("senderCity", { optional: true, autoComplete: "address-level2" })}
          <Field id="letter-senderCountry" label={t("senderCountry")} hint={t("senderCountryHint")} error={message("senderCountry")} optional optionalLabel={t("optional")}>
            <select id="letter-senderCountry" className={inputClass} {...describedBy("letter-senderCountry", { hint: true, error: message("senderCountry") })} defaultValue={initial.senderCountry ?? ""} {...register("senderCountry")}>
              <CountryOptions countries={countries} empty={t("noSenderCountry")} />
            </select>
          </Field>
          {text("senderAddress", { optional: true, rows: 3, autoComplete: "street-address" })}
          {text("senderEmail", { optional: true, type: "email", autoComplete: "email" })}
          {text("coSignatories", { optional: true, rows: 3, hint: t("coSignatoriesHint") })}
          <Field id="letter-date" label={t("date")} hint={t("dateHint")} error={message("date")} optional optionalLabel={t("optional")}>
            <input id="letter-date" type="date" className={inputClass} {...describedBy("letter-date", { hint: true, error: message("date") })} defaultValue={initial.date ?? ""} {...register("date")} />
          </Field>
        </fieldset>

        <p className="text-sm text-stone-700">{t("privacy")}</p>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2.5 font-bold text-white hover:bg-brand-800 disabled:opacity-60">
          {t("show")}
        </button>

        {composed && (
          <Section headingId="send-heading" title={t("sendHeading")} className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
            <p id="email-explain" className="text-sm text-stone-700">
              {t("emailExplain")} {composed.letter.recipientEmail ? t("emailTo", { email: composed.letter.recipientEmail }) : t("emailNoAddress")}
            </p>
            {composed.mailto.long && (
              <p id="email-long" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                {t("emailLong")}
              </p>
            )}
            <div className="flex flex-wrap gap-3">
              {(["pdf", "docx", "txt"] as const).map((format) => (
                <button
                  key={format}
                  type="submit"
                  formAction={`/api/letters/${templateId}/${format}`}
                  formMethod="post"
                  className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-stone-50"
                >
                  {t(format)}
                </button>
              ))}
              <a
                href={composed.mailto.href}
                aria-describedby={composed.mailto.long ? "email-explain email-long" : "email-explain"}
                className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-stone-50"
              >
                {t("email")}
              </a>
            </div>
          </Section>
        )}
      </CheckedForm>

      <section id="letter" aria-labelledby="letter-heading" className="space-y-3">
        <h2 id="letter-heading" className="text-2xl font-bold">
          {t("previewHeading")}
        </h2>
        <p aria-live="polite" className="min-h-5 text-sm text-stone-600">
          {pending ? t("updating") : composed ? t("paper", { paper: composed.letter.paper }) : ""}
        </p>
        {composed ? (
          <>
            {entryInfo[recipient]}
            <LetterPreview letter={composed.letter} labelledBy="letter-heading" />
          </>
        ) : (
          <p className="rounded-md border border-dashed border-stone-400 p-6 text-stone-700">{t("previewEmpty")}</p>
        )}
      </section>
    </div>
  );
}
