import { getTranslations } from "next-intl/server";
import { CopyLinkButton } from "./copy-link-button";
import { Section } from "@/components/layout/page-section";

/**
 * Plain share links: nothing is loaded from the networks until the person clicks,
 * and no tracking parameters are added.
 */
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("share");
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const networks = [
    { name: "Email", href: `mailto:?subject=${text}&body=${encodeURIComponent(`${title}\n\n${url}`)}`, label: t("email") },
    { name: "X", href: `https://x.com/intent/post?text=${text}&url=${u}`, label: "X" },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, label: "Facebook" },
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${text}`, label: "Telegram" },
    { name: "WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`, label: "WhatsApp" },
    { name: "VK", href: `https://vk.com/share.php?url=${u}&title=${text}`, label: "VK" },
    { name: "Bluesky", href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`, label: "Bluesky" },
  ];
  return (
    <Section headingId="share-heading" title={t("heading")}>
      <CopyLinkButton url={url} />
      <ul className="mt-3 flex flex-wrap gap-2">
        {networks.map((n) => (
          <li key={n.name}>
            <a
              href={n.href}
              rel="noopener noreferrer nofollow"
              target={n.name === "Email" ? undefined : "_blank"}
              className="inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100"
            >
              {n.label}
              {n.name !== "Email" && <span className="sr-only"> {t("opensNewWindow")}</span>}
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}
