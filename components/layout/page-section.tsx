/**
 * The frame most pages share: a section named by its h1, optionally preceded by a small link back
 * (to the campaign, the list, the admin page). The page supplies the width and spacing classes.
 */
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** A small "back to …" link above a page's heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="underline">
        {children}
      </Link>
    </p>
  );
}

type Props = {
  /** The h1's id, which also labels the section. */
  headingId: string;
  title: ReactNode;
  className?: string;
  back?: { href: string; label: ReactNode };
  children?: ReactNode;
};

export function PageSection({ headingId, title, className, back, children }: Props) {
  return (
    <section aria-labelledby={headingId} className={className}>
      {back && <BackLink href={back.href}>{back.label}</BackLink>}
      <h1 id={headingId} className="text-3xl font-extrabold">
        {title}
      </h1>
      {children}
    </section>
  );
}

/** The one link a short page leads on to (home, the petition, a new link), in a paragraph of its own. */
export function OnwardLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="font-semibold text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}

/** A part of a page, named by its h2 ("text-xl font-bold" unless `headingClassName` says otherwise). */
export function Section({
  headingId,
  title,
  className,
  id,
  headingClassName = "text-xl font-bold",
  children,
}: {
  headingId: string;
  title: ReactNode;
  className?: string;
  id?: string;
  headingClassName?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className} id={id}>
      <h2 id={headingId} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
