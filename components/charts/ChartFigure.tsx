import type { ReactNode } from "react";

/** A chart with its heading, a sentence on how to read it, the chart, and its data table. */
export function ChartFigure({ id, title, desc, className, children, table }: { id: string; title: string; desc: string; className?: string; children: ReactNode; table: ReactNode }) {
  return (
    <figure className={`chart ${className ?? ""}`} aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-desc`} className="chart-desc">
          {desc}
        </p>
      </figcaption>
      {children}
      {table}
    </figure>
  );
}
