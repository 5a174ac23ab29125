"use client";
/**
 * Validation as you go for a form of plain, uncontrolled fields: a field is checked when first
 * left and then on every change; submitting checks them all and focuses the first invalid one.
 * These are react-hook-form's "onTouched" manners, for a form that must stay light: the sign form
 * is on every supporter's phone, and react-hook-form is ~12 KB gzipped.
 *
 * `validate` reads the whole form and returns an error code per field; it may load its schema
 * lazily. It should answer {} when it cannot tell: the server checks everything again.
 */
import { useRef, useState, type FocusEvent, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/validation/field-errors";

type Named = Element & { name?: string; focus?: () => void };

export function useFormValidation(validate: (form: HTMLFormElement) => Promise<FieldErrors>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const touched = useRef(new Set<string>());
  const submitted = useRef(false);

  async function recheck(name: string) {
    const form = formRef.current;
    if (!form) return;
    const found = (await validate(form))[name];
    setErrors((prev) => (prev[name] === found ? prev : { ...prev, [name]: found }));
  }

  return {
    formRef,
    errors,
    /** Spread onto the <form>: blur and change events bubble up from every field. */
    handlers: {
      onBlur: (event: FocusEvent<HTMLFormElement>) => {
        const name = (event.target as Named).name;
        if (!name) return;
        touched.current.add(name);
        void recheck(name);
      },
      onChange: (event: FormEvent<HTMLFormElement>) => {
        const name = (event.target as Named).name;
        if (name && (submitted.current || touched.current.has(name))) void recheck(name);
      },
    },
    /** Checks every field; when any fails, shows all errors, focuses the first and answers false. */
    async validateAll(): Promise<boolean> {
      submitted.current = true;
      const form = formRef.current;
      if (!form) return true;
      const found = await validate(form);
      setErrors(found);
      if (!Object.values(found).some(Boolean)) return true;
      const first = [...form.elements].find((el: Named) => el.name && found[el.name]) as Named | undefined;
      first?.focus?.();
      return false;
    },
  };
}
