"use client";

import { Bar, BarChart, Tooltip, XAxis, type BarShapeProps } from "recharts";
import { dict, dirOf, type Lang } from "@/messages/ui";
import type { NamingRow, TermInfo } from "@/lib/report/charts";
import { Gloss } from "../Gloss";
import { passagesHref, type PassageScope } from "../links";
import { inkOn, termFills, THIN_N, THIN_OPACITY, valenceIcon } from "../valence";
import { chartHeight, sideOf } from "./layout";
import { outletAxis } from "./OutletTick";
import { TooltipBox } from "./TooltipBox";

export interface NamingChartProps {
  readonly target: string;
  readonly title: string;
  readonly terms: readonly TermInfo[];
  readonly rows: readonly NamingRow[];
  readonly lang: Lang;
  readonly scope: PassageScope;
  readonly width?: number;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Naming shares as 100% stacked horizontal bars, one per outlet: which names
 * each outlet uses. Each segment is a link to its passages and carries its
 * count; an outlet resting on fewer than 5 naming mentions is faded.
 */
export function NamingChart({ target, title, terms, rows, lang, scope, width = 760 }: NamingChartProps) {
  const t = dict(lang);
  const fills = termFills(terms);
  const side = sideOf(lang);
  const n = Object.fromEntries(rows.map((r) => [r.outlet, r.total]));

  const segment = (term: TermInfo) =>
    function NamingSegment(props: BarShapeProps) {
      const row = props.payload as NamingRow;
      const count = row.counts[term.term] ?? 0;
      const share = row.shares[term.term] ?? 0;
      // a mirrored (Arabic) axis gives negative widths
      const x = Math.min(props.x, props.x + props.width);
      const w = Math.abs(props.width);
      if (count <= 0 || !(w > 0)) return <g />;
      const fill = fills[term.term]!;
      const label = `${row.outlet}: ${term.form} (${term.gloss}) ${pct(share)}, ${count}`;
      // figures first: after Arabic letters, digits would turn into Arabic numbers (UAX #9, W2) and reorder
      const figures = `${pct(share)} (${count})`;
      const text = w >= 170 ? `${figures} · ${term.form}` : w >= 54 ? figures : "";
      // the accessible name starts with the visible label (WCAG 2.5.3)
      return (
        <a
          href={passagesHref(lang, scope, { outlet: row.outlet, target, term: term.term })}
          data-testid="naming-bar"
          data-outlet={row.outlet}
          data-term={term.term}
          data-count={count}
          aria-label={text ? `${text} — ${label}` : label}
          className="bar-link"
        >
          <title>{label}</title>
          <rect x={x} y={props.y} width={w} height={props.height} fill={fill} fillOpacity={row.total < THIN_N ? THIN_OPACITY : 1} stroke="#ffffff" strokeWidth={1.5} />
          {text && (
            <text
              x={x + w / 2}
              y={props.y + props.height / 2}
              dy="0.35em"
              textAnchor="middle"
              fontSize={12}
              fill={row.total < THIN_N ? "#111111" : inkOn(fill)}
              pointerEvents="none"
            >
              {text}
            </text>
          )}
        </a>
      );
    };

  return (
    <div className="chart-block">
      <div className="chart-canvas" dir="ltr">
        <BarChart
          layout="vertical"
          responsive
          width="100%"
          style={{ maxWidth: width }}
          height={chartHeight(rows.length)}
          data={rows as NamingRow[]}
          margin={{ top: 6, right: 12, bottom: 6, left: 12 }}
          barCategoryGap="24%"
          title={title}
        >
          <XAxis type="number" domain={[0, 1]} allowDataOverflow ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={pct} reversed={side === "right"} />
          {outletAxis(side, n, t.target.nEq)}
          <Tooltip
            cursor={{ fill: "rgba(0,0,0,0.05)" }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as NamingRow | undefined) : undefined;
              if (!row) return null;
              return (
                <TooltipBox dir={dirOf(lang)} title={<>{<bdi lang="ar">{row.outlet}</bdi>} · {t.target.nEq(row.total)}</>}>
                  <ul>
                    {terms
                      .filter((term) => (row.counts[term.term] ?? 0) > 0)
                      .map((term) => (
                        <li key={term.term}>
                          <span className="swatch" style={{ background: fills[term.term] }} aria-hidden="true" />
                          <bdi lang="ar" className="ar">
                            {term.form}
                          </bdi>{" "}
                          <Gloss text={term.gloss} parens /> {t.target.shareCount(row.shares[term.term] ?? 0, row.counts[term.term] ?? 0)}
                        </li>
                      ))}
                  </ul>
                </TooltipBox>
              );
            }}
          />
          {terms.map((term) => (
            <Bar
              key={term.term}
              dataKey={(r: NamingRow) => r.shares[term.term] ?? 0}
              name={term.form}
              stackId="naming"
              fill={fills[term.term]}
              isAnimationActive={false}
              shape={segment(term)}
            />
          ))}
        </BarChart>
      </div>
      <ul className="chart-legend">
        {terms.map((term) => (
          <li key={term.term}>
            <span className="swatch" style={{ background: fills[term.term] }} aria-hidden="true" />
            <span className="legend-icon" aria-hidden="true">
              {valenceIcon(term.valence)}
            </span>
            <bdi lang="ar" dir="rtl" className="ar">
              {term.form}
            </bdi>{" "}
            <Gloss text={term.gloss} />
          </li>
        ))}
      </ul>
    </div>
  );
}
