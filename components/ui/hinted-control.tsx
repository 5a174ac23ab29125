/** A control under its label and hint (`<id>-hint`, which the control names in aria-describedby). */
import type { ReactNode } from "react";

export function HintedControl({
  id,
  label,
  hint,
  className,
  hintClassName = "text-sm text-stone-600",
  children,
}: {
  id: string;
  label: string;
  hint: string;
  className?: string;
  hintClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className={hintClassName}>
        {hint}
      </p>
      {children}
    </div>
  );
}
