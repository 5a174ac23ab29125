/**
 * The organiser's submissions pages (moderation, planned actions): the notice after a successful
 * post (`?notice=`, worded in the page's catalogue) and the error after a failed one (`?error=`).
 */
import { getTranslations } from "next-intl/server";

export async function PageNotices({ namespace, notice, error }: { namespace: "organise.reports" | "organise.plannedActions"; notice?: string; error?: string }) {
  const t = await getTranslations(namespace);
  const te = await getTranslations("errors");
  return (
    <>
      {notice && t.has(`notice.${notice}`) && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t(`notice.${notice}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">
          {te.has(error) ? te(error, { max: 0 }) : te("invalid")}
        </p>
      )}
    </>
  );
}
