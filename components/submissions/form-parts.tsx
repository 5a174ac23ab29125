"use client";
/**
 * Pieces the report-back and planned-action forms share: the directory select grouped by country,
 * the privacy note, the error summary, and the browser-side check of chosen photos.
 */
import { useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";

export interface MissionGroup {
  country: string;
  label: string;
  missions: { id: number; name: string }[];
}

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];
export const MAX_PHOTO_MB = 10;

/** The same limits the server applies, checked before a long upload starts; returns an error code. */
export function checkChosenPhotos(files: FileList | null | undefined, max: number): string | undefined {
  const chosen = Array.from(files ?? []).filter((f) => f.size > 0);
  if (chosen.length > max) return "tooManyPhotos";
  if (chosen.some((f) => !PHOTO_TYPES.includes(f.type))) return "imageType";
  if (chosen.some((f) => f.size > MAX_PHOTO_MB * 1024 * 1024)) return "photoTooLarge";
  return undefined;
}

export function MissionSelect({
  id,
  label,
  hint,
  noneLabel,
  groups,
  error,
  optionalLabel,
  registered,
  defaultValue,
}: {
  id: string;
  label: string;
  hint: string;
  noneLabel: string;
  groups: MissionGroup[];
  error?: string;
  optionalLabel: string;
  registered: object;
  defaultValue?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional optionalLabel={optionalLabel}>
      <select id={id} defaultValue={defaultValue ?? ""} className={inputClass} {...describedBy(id, { hint: true, error })} {...registered}>
        <option value="">{noneLabel}</option>
        {groups.map((g) => (
          <optgroup key={g.country} label={g.label}>
            {g.missions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

/**
 * The form's error summary after a failed post (GOV.UK's pattern, components/ui/error-summary.tsx):
 * the error about the whole form, if any, and a link to each field with an error.
 */
export function FormAlert({
  alertRef,
  formError,
  items,
}: {
  alertRef: RefObject<HTMLDivElement | null>;
  formError?: string;
  items: SummaryItem[];
}) {
  return <ErrorSummary summaryRef={alertRef} show={Boolean(formError) || items.length > 0} formError={formError} items={items} />;
}

/** Translates an error code for a field, with the limit it refers to. */
export function useErrorText() {
  const te = useTranslations("errors");
  return (code: string | undefined, max = 0): string | undefined => (code ? (te.has(code) ? te(code, { max }) : te("invalid")) : undefined);
}

export function Note({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="rounded-md bg-stone-100 p-3 text-sm text-stone-800">
      {children}
    </p>
  );
}
