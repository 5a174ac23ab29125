"use client";

import type { ComponentProps, InputHTMLAttributes, ReactNode, Ref } from "react";

/** A labelled control with its hint and error, wired for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  optionalLabel,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  optionalLabel?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional && <span className="ml-1 text-sm font-normal text-stone-600">({optionalLabel})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className="mt-1">{children}</div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800" data-field-error>
      {error}
    </p>
  ) : null;
}

/** aria attributes linking a control to its hint and error. */
export function describedBy(id: string, opts: { hint?: boolean; error?: string }) {
  const ids = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return {
    "aria-invalid": opts.error ? (true as const) : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  };
}

export const inputClass =
  "w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/**
 * A labelled one-line text input (Field around an input of `inputClass`), required unless `optional`.
 * `control` names it: `{ name }` for a plain form, or react-hook-form's `register(name)`.
 */
export function TextField({
  type = "text",
  autoComplete,
  defaultValue,
  control,
  ...field
}: Omit<ComponentProps<typeof Field>, "children"> & {
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  control: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}) {
  return (
    <Field {...field}>
      <input
        id={field.id}
        type={type}
        autoComplete={autoComplete}
        aria-required={field.optional ? undefined : true}
        defaultValue={defaultValue}
        className={inputClass}
        {...describedBy(field.id, { hint: !!field.hint, error: field.error })}
        {...control}
      />
    </Field>
  );
}
