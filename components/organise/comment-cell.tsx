import { getTranslations } from "next-intl/server";

/** A signature's comment on the petition dashboard, marked when its author made it public (and so moderators look twice). */
export async function CommentCell({ comment, hidden, isPublic }: { comment: string | null; hidden: boolean; isPublic: boolean }) {
  if (!comment) return null;
  const t = await getTranslations("pack.moderation");
  if (hidden) return <em>{t("hidden")}</em>;
  return (
    <>
      {isPublic && (
        <span className="mr-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" data-testid="public-comment-badge">
          {t("public")}
        </span>
      )}
      {comment}
    </>
  );
}
