/**
 * One term of a card's description list (`<dt>` in bold, then its `<dd>`), left out when it has no
 * value: the mission, organisation or contact lines of report, planned-action and mission cards.
 */
import type { ReactNode } from "react";

export function MetaItem({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}
