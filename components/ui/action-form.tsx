"use client";
/**
 * Server-action forms with a real address. React renders a form whose action is a function with
 * `action=""` (an empty URL, which HTML forbids: the W3C checker reports it) unless the action names
 * one. `useActionWithUrl` gives the action this page's own URL, path and query, which is where the
 * empty one pointed: a form posted without JavaScript goes exactly where it went before. It uses
 * React's progressive-enhancement hook (`$$FORM_ACTION`, what useActionState's permalink sets too),
 * so the hidden fields and the key that match a post to its form state stay React's own.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { type ComponentProps, useMemo } from "react";

type FormAction = (formData: FormData) => void | Promise<void>;
interface FormActionFields {
  action?: string;
  [key: string]: unknown;
}
type Progressive = FormAction & { $$FORM_ACTION?: (prefix: string) => FormActionFields | null };

/** This page's URL, path and query, as a form without an action would post to. */
export function usePageUrl(): string {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The action, rendered with this page's URL as its form's `action`; calls go to the action itself. */
export function useActionWithUrl<A extends FormAction>(action: A): A {
  const url = usePageUrl();
  return useMemo(() => {
    const progressive = action as Progressive;
    const fields = progressive.$$FORM_ACTION;
    if (typeof fields !== "function") return action;
    const wrapped: Progressive = (formData: FormData) => action(formData);
    wrapped.$$FORM_ACTION = (prefix: string) => {
      const custom = fields.call(progressive, prefix);
      return custom ? { ...custom, action: custom.action || url } : custom;
    };
    return wrapped as A;
  }, [action, url]);
}

/** A `<form>` for a server action (a server component's bound action, say) that names its address. */
export function ActionForm({ action, ...props }: Omit<ComponentProps<"form">, "action"> & { action: FormAction }) {
  return <form action={useActionWithUrl(action)} {...props} />;
}
