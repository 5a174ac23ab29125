"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import {
  invalidationAction,
  signatureModerationAction,
  undoInvalidationAction,
} from "@/app/[locale]/organise/campaigns/[campaignId]/petitions/[petitionId]/moderation-actions";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/form-action";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenFields } from "@/components/ui/hidden-fields";

/** The action's form state, whether it is pending, and its errors as text. */
function useModerationAction<R>(run: (prev: ActionState<R>, formData: FormData) => Promise<ActionState<R>>) {
  const [state, action, pending] = useActionState(run, { status: "idle" });
  return { state, action, pending, errors: useErrorText(state) };
}

function useErrorText(state: ActionState) {
  const te = useTranslations("errors");
  if (state.status !== "error") return { field: () => undefined, form: undefined };
  const text = (code?: string) => (code ? (te.has(code) ? te(code, { max: 0 }) : te("invalid")) : undefined);
  return { field: (name: string) => text(state.fieldErrors[name]), form: text(state.formError ?? state.fieldErrors.form) };
}

/**
 * Invalidate by rule: preview how many match, then apply exactly that many. Works without JavaScript.
 * With kind "release" the same form releases flagged signatures (each is sent its confirmation email).
 */
export function InvalidationRuleForm({
  petitionId,
  initial = {},
  kind = "invalidate",
  timeZone,
}: {
  petitionId: number;
  initial?: Record<string, string | undefined>;
  kind?: "invalidate" | "release";
  /** The organiser's zone: the from and to fields are typed in it. */
  timeZone: string;
}) {
  const t = useTranslations("organise.moderation");
  const tr = useTranslations("release.form");
  const prefix = kind === "release" ? "release" : "rule";
  const { state, action, pending, errors } = useModerationAction(invalidationAction);
  const result = state.status === "ok" ? state.result : undefined;
  // `initial` comes from a link (e.g. a trending address): the rule is filled in, still only previewed.
  const values: Record<string, string | undefined> = state.status === "error" ? state.values : (result?.values ?? initial);
  const field = (name: string, label: string, type = "text", hint?: string) => (
    <Field id={`${prefix}-${name}`} label={label} hint={hint} error={errors.field(name)} optional optionalLabel={t("optional")}>
      <input id={`${prefix}-${name}`} name={name} type={type} step={type === "datetime-local" ? "any" : undefined} defaultValue={values[name]} className={inputClass} {...describedBy(`${prefix}-${name}`, { hint: !!hint, error: errors.field(name) })} />
    </Field>
  );
  return (
    <ActionForm action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <HiddenFields fields={{ petitionId, kind, timeZone }} />
      <div className="grid gap-4 sm:grid-cols-2">
        {field("emailDomain", t("emailDomain"), "text", t("emailDomainHint"))}
        {field("ipFingerprint", t("ipFingerprint"), "text", t("ipFingerprintHint"))}
        {field("from", t("from", { zone: timeZone }), "datetime-local")}
        {field("to", t("to", { zone: timeZone }), "datetime-local")}
        {field("country", t("country"), "text", t("countryHint"))}
      </div>
      <div role="status" aria-live="polite">
        {errors.form && <p className="font-semibold text-red-800">{errors.form}</p>}
        {result?.intent === "preview" && (
          <p className="font-semibold" data-testid={`${prefix}-preview`}>
            {kind === "release" ? tr("previewCount", { count: result.count }) : t("previewCount", { count: result.count })}
          </p>
        )}
        {result?.intent === "apply" && (
          <p className="font-semibold text-green-900">{kind === "release" ? tr("applied", { count: result.count }) : t("applied", { count: result.count })}</p>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" disabled={pending} className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold">
          {t("preview")}
        </button>
        {result?.intent === "preview" && result.count > 0 && (
          <>
            <input type="hidden" name="expected" value={result.count} />
            <button
              type="submit"
              name="intent"
              value="apply"
              disabled={pending}
              className={`rounded-md px-4 py-2 font-semibold text-white ${kind === "release" ? "bg-green-800" : "bg-red-800"}`}
            >
              {kind === "release" ? tr("apply", { count: result.count }) : t("apply", { count: result.count })}
            </button>
          </>
        )}
      </div>
    </ActionForm>
  );
}

/** A row's submit button for `operation` that asks `question` first (without JavaScript the plain POST does it). */
function AskFirstOperation({ operation, question, disabled, className, children }: { operation: string; question: string; disabled: boolean; className: string; children: ReactNode }) {
  return (
    <button
      type="submit"
      name="operation"
      value={operation}
      disabled={disabled}
      onClick={(e) => {
        if (!window.confirm(question)) e.preventDefault();
      }}
      className={className}
    >
      {children}
    </button>
  );
}

/** The buttons on one signature row: invalidate it (or release it, when flagged), hide or show its comment. */
export function SignatureRowActions({
  petitionId,
  signatureId,
  commentHidden,
  hasComment,
  live,
  flagged = false,
}: {
  petitionId: number;
  signatureId: number;
  commentHidden: boolean;
  hasComment: boolean;
  live: boolean;
  flagged?: boolean;
}) {
  const t = useTranslations("organise.moderation");
  const tr = useTranslations("release.form");
  const { action, pending, errors } = useModerationAction(signatureModerationAction);
  return (
    <ActionForm action={action} className="flex flex-wrap gap-2">
      <HiddenFields fields={{ petitionId, signatureId }} />
      {live && (
        <AskFirstOperation operation="invalidate" question={t("confirmInvalidate")} disabled={pending} className="rounded border border-red-700 px-2 py-0.5 text-xs text-red-800">
          {t("invalidateOne")}
        </AskFirstOperation>
      )}
      {flagged && (
        <AskFirstOperation operation="release" question={tr("confirmOne")} disabled={pending} className="rounded border border-green-800 px-2 py-0.5 text-xs text-green-900">
          {tr("releaseOne")}
        </AskFirstOperation>
      )}
      {hasComment && (
        <button type="submit" name="operation" value={commentHidden ? "showComment" : "hideComment"} disabled={pending} className="rounded border border-stone-400 px-2 py-0.5 text-xs">
          {commentHidden ? t("showComment") : t("hideComment")}
        </button>
      )}
      {errors.form && <span role="alert" className="text-xs text-red-800">{errors.form}</span>}
    </ActionForm>
  );
}

export function UndoBatchButton({ petitionId, batchId }: { petitionId: number; batchId: number }) {
  const t = useTranslations("organise.moderation");
  const { action, pending, errors } = useModerationAction(undoInvalidationAction);
  return (
    <ActionForm action={action} className="inline">
      <HiddenFields fields={{ petitionId, batchId }} />
      <button type="submit" disabled={pending} className="rounded border border-stone-400 px-2 py-0.5 text-xs">
        {t("undo")}
      </button>
      {errors.form && <span role="alert" className="ml-2 text-xs text-red-800">{errors.form}</span>}
    </ActionForm>
  );
}
