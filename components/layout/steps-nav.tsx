/** "What you can do next" for a campaign: a nav named by its h2, the steps as a list of links. */
import type { ReactNode } from "react";

export function StepsNav({ headingId, title, listClassName, testId, children }: { headingId: string; title: string; listClassName: string; testId?: string; children: ReactNode }) {
  return (
    <nav aria-labelledby={headingId} className="rounded-lg bg-white p-5 shadow-sm" data-testid={testId}>
      <h2 id={headingId} className="text-xl font-bold">
        {title}
      </h2>
      <ul className={listClassName}>{children}</ul>
    </nav>
  );
}
