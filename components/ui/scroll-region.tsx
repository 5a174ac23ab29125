/**
 * A region that may scroll sideways (a wide table on a phone). Keyboard users must be able to scroll
 * it too, so it is focusable (tabindex=0), and a focusable region needs a name: pass `label`, or
 * `labelledBy` (e.g. the table's caption id). WCAG 2.1.1, axe "scrollable-region-focusable".
 */
import type { ReactNode } from "react";

export function ScrollRegion({ label, labelledBy, className = "", children }: { label?: string; labelledBy?: string; className?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div role="region" tabIndex={0} aria-label={label} aria-labelledby={labelledBy} data-scroll-region="" className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 ${className}`}>
      {children}
    </div>
  );
}
