"use client";
/**
 * Pieces the report-back and planned-action forms share: the directory select grouped by country,
 * the privacy note, the error summary, and the browser-side check of chosen photos.
 */
import { useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import { describedBy, Field, inputClass } from "@/components/ui/field";

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

export function FormAlert({ alertRef, message }: { alertRef: RefObject<HTMLDivElement | null>; message?: string }) {
  return (
    <div ref={alertRef} tabIndex={-1} role="alert" aria-live="assertive" className="outline-none" data-testid="form-alert">
      {message && <p className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">{message}</p>}
    </div>
  );
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
