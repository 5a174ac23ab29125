"use client";
/**
 * Validation as you go for a form of plain, uncontrolled fields: a field is checked when first
 * left and then on every change; submitting checks them all and focuses the first invalid one.
 * A field left by a pointer press is checked once the press is released (see onBlur).
 * These are react-hook-form's "onTouched" manners, for a form that must stay light: the sign form
 * is on every supporter's phone, and react-hook-form is ~12 KB gzipped.
 *
 * `validate` reads the whole form and returns an error code per field; it may load its schema
 * lazily. It should answer {} when it cannot tell: the server checks everything again.
 */
import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/validation/field-errors";

type Named = Element & { name?: string; focus?: () => void };

export function useFormValidation(validate: (form: HTMLFormElement) => Promise<FieldErrors>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const touched = useRef(new Set<string>());
  const submitted = useRef(false);
  const pressing = useRef(false);
  const pendingAfterPress = useRef(new Set<string>());

  useEffect(() => {
    const down = () => {
      pressing.current = true;
    };
    const up = () => {
      pressing.current = false;
      // After the click this release makes has been dispatched.
      setTimeout(() => {
        for (const name of pendingAfterPress.current) void recheck(name);
        pendingAfterPress.current.clear();
      });
    };
    document.addEventListener("pointerdown", down, true);
    document.addEventListener("pointerup", up, true);
    document.addEventListener("pointercancel", up, true);
    return () => {
      document.removeEventListener("pointerdown", down, true);
      document.removeEventListener("pointerup", up, true);
      document.removeEventListener("pointercancel", up, true);
    };
  });

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
        // Left by pressing something (the submit button, most often): an error shown now would move
        // what is pressed before its release and lose the click, so it waits for the release.
        if (pressing.current) pendingAfterPress.current.add(name);
        else void recheck(name);
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
