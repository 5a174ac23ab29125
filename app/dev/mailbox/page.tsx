import { getFormatter, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { listMailboxMessages } from "@/db/queries/mailbox";
import { mailboxEnabled, mailboxTokenMatches, tokenFromRequest } from "@/lib/mail/mailbox-token";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Splits plain text into text and links, so confirmation links can be clicked. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"')\]]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all text-brand-700 underline">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

export default async function MailboxPage({ searchParams }: Props) {
  if (!mailboxEnabled()) notFound();
  const t = await getTranslations({ locale: "en", namespace: "mailbox" });
  const format = await getFormatter({ locale: "en" });
  const params = await searchParams;
  const token = tokenFromRequest(await headers(), new URLSearchParams({ token: one(params.token) ?? "" }));
  if (!mailboxTokenMatches(token)) {
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p role="alert">{t("tokenRequired")}</p>
      </section>
    );
  }
  const to = one(params.to)?.trim() || undefined;
  const page = Math.max(1, Number(one(params.page)) || 1);
  const { items, total } = listMailboxMessages({ to, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (p: number) => `/dev/mailbox?${new URLSearchParams({ token: token!, ...(to ? { to } : {}), page: String(p) })}`;

  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="token" value={token!} />
        <div>
          <label htmlFor="mailbox-to" className="block text-sm font-semibold">
            {t("filterLabel")}
          </label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to} className="rounded-md border border-stone-400 px-2 py-1" />
        </div>
        <button type="submit" className="rounded-md bg-stone-800 px-3 py-1.5 text-white">
          {t("filter")}
        </button>
      </form>
      <p>{t("count", { total })}</p>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {items.map((m) => (
            <li key={m.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <article aria-label={m.subject}>
                <h2 className="text-lg font-bold">{m.subject}</h2>
                <p className="text-sm text-stone-600">
                  {t("meta", { to: m.recipient, date: format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" }) })}
                </p>
                <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm">
                  <Linkified text={m.text} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label={t("pages")} className="flex gap-3">
        {page > 1 && <a href={href(page - 1)} className="underline">{t("newer")}</a>}
        {page < pageCount && <a href={href(page + 1)} className="underline">{t("older")}</a>}
      </nav>
    </section>
  );
}
