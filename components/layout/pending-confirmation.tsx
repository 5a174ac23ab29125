/**
 * The page an emailed link opens, before anything is confirmed: what the link is for, the one button
 * (a POST) that confirms, and a line for whoever did not ask. Signatures, reports and planned actions.
 */
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { PageSection } from "./page-section";

export function PendingConfirmation({
  title,
  body,
  action,
  button,
  notYou,
}: {
  title: string;
  body: ReactNode;
  action: (formData: FormData) => void | Promise<void>;
  button: string;
  notYou: string;
}) {
  return (
    <PageSection headingId="confirm-heading" title={title} className="mx-auto max-w-2xl space-y-5">
      <p className="text-lg">{body}</p>
      <ActionForm action={action}>
        <button type="submit" className="rounded-md bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800">
          {button}
        </button>
      </ActionForm>
      <p className="text-sm text-stone-600">{notYou}</p>
    </PageSection>
  );
}
