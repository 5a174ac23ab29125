"use client";

import { AskFirstButton } from "@/components/ui/ask-first-button";
import type { ActionState } from "@/lib/forms/form-action";

/** Deletes one email domain rule after asking (without JavaScript the plain POST deletes it). */
/** Texts come from the server page: the organiser layout sends the client only the shared catalogues. */
export function DeleteEmailRuleButton({
  domain,
  action,
  label,
  confirmText,
}: {
  domain: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  confirmText: string;
}) {
  return <AskFirstButton action={action} hidden={{ domain }} label={label} name={domain} confirmText={confirmText} />;
}
