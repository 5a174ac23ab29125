/**
 * A table's row of column headings (`<th scope="col">`), each padded "p-2" unless it says otherwise.
 * A column given as `null` or `false` is left out, for columns only some readers see.
 */
import type { ReactNode } from "react";

type Column = ReactNode | { label: ReactNode; className: string };

const isStyled = (c: Column): c is { label: ReactNode; className: string } => typeof c === "object" && c !== null && "label" in c && "className" in c;

export function TableHead({ columns, rowClassName = "border-b border-stone-300" }: { columns: Column[]; rowClassName?: string }) {
  return (
    <thead>
      <tr className={rowClassName}>
        {columns
          .filter((c) => c !== null && c !== false)
          .map((c, i) => (
            <th key={i} scope="col" className={isStyled(c) ? c.className : "p-2"}>
              {isStyled(c) ? c.label : c}
            </th>
          ))}
      </tr>
    </thead>
  );
}
