import type { ReactNode } from "react";

/** The box every chart tooltip is drawn in; `dir` follows the interface language. */
export function TooltipBox({ title, dir, children }: { title: ReactNode; dir: "ltr" | "rtl"; children: ReactNode }) {
  return (
    <div className="chart-tooltip" dir={dir}>
      <p className="chart-tooltip-title">{title}</p>
      {children}
    </div>
  );
}
