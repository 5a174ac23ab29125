"use client";
/**
 * A server-action form checked in the browser before it posts: `check(post)` wraps `post` in the
 * form's check (react-hook-form's `handleSubmit`, say) and returns the submit handler; `post` sends
 * the form's data to the action. Without JavaScript the form posts as it is and the server checks.
 */
import { startTransition, type FormEvent, type ReactNode, type RefObject } from "react";
import { ActionForm } from "./action-form";

type SubmitHandler = (event: FormEvent<HTMLFormElement>) => Promise<void>;

export function CheckedForm({
  formRef,
  action,
  check,
  postsNatively,
  id,
  className,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  action: (formData: FormData) => void;
  check: (post: () => void) => SubmitHandler;
  /** A submit the browser sends on its own (a button with its own `formaction`), left alone. */
  postsNatively?: (event: FormEvent<HTMLFormElement>) => boolean;
  id?: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <ActionForm
      id={id}
      ref={formRef}
      action={action}
      noValidate
      className={className}
      onSubmit={(event) => {
        if (postsNatively?.(event)) return;
        event.preventDefault();
        void check(() => startTransition(() => action(new FormData(formRef.current!))))(event);
      }}
    >
      {children}
    </ActionForm>
  );
}
