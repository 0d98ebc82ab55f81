"use client";

import { Bar, BarChart, Tooltip, XAxis, type BarShapeProps } from "recharts";
import { dict, dirOf, type Lang } from "@/messages/ui";
import type { DensityRow } from "@/lib/report/charts";
import { passagesHref, type PassageScope } from "../links";
import { THIN_N, THIN_OPACITY } from "../valence";
import { chartHeight, fmt, sideOf } from "./layout";
import { outletAxis } from "./OutletTick";
import { TooltipBox } from "./TooltipBox";

export interface DensityChartProps {
  readonly target: string;
  readonly title: string;
  readonly rows: readonly DensityRow[];
  readonly lang: Lang;
  readonly scope: PassageScope;
  readonly width?: number;
}

/** 0 and four equal steps of 1, 2, 2.5 or 5 × 10^k reaching at least `top`. */
function niceTicks(top: number): number[] {
  const raw = top / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!;
  return [0, 1, 2, 3, 4].map((k) => Math.round(k * step * 1000) / 1000);
}

/** Loaded mentions per 1,000 words, one bar per outlet, labelled with the loaded count and the words behind it. */
export function DensityChart({ target, title, rows, lang, scope, width = 470 }: DensityChartProps) {
  const t = dict(lang);
  const side = sideOf(lang);
  const n = Object.fromEntries(rows.map((r) => [r.outlet, r.loaded]));
  // room after the longest bar for its label, on a scale of four nice steps
  const ticks = niceTicks(Math.max(1, ...rows.map((r) => r.density)) * 1.9);
  const max = ticks[ticks.length - 1]!;

  function DensityShape(props: BarShapeProps) {
    const d = props.payload as DensityRow;
    const x = Math.min(props.x, props.x + props.width);
    const w = Math.abs(props.width);
    const label = `${fmt(d.density, 1)} (${d.loaded}/${d.words}) — ${d.outlet}: ${fmt(d.density)} / 1000, ${t.target.loadedOf(d.loaded, d.words)}`;
    const atLeft = side === "right";
    return (
      <a href={passagesHref(lang, scope, { outlet: d.outlet, target })} data-testid="density-bar" data-outlet={d.outlet} data-loaded={d.loaded} aria-label={label} className="bar-link">
        <title>{label}</title>
        <rect x={x} y={props.y} width={Math.max(w, 1)} height={props.height} fill="#5b4a8b" fillOpacity={d.loaded < THIN_N ? THIN_OPACITY : 1} />
        <text
          x={atLeft ? x - 6 : x + w + 6}
          y={props.y + props.height / 2}
          dy="0.35em"
          textAnchor={atLeft ? "end" : "start"}
          fontSize={12}
          fill="#111111"
          pointerEvents="none"
        >
          <tspan fontWeight={700}>{fmt(d.density, 1)}</tspan> ({d.loaded}/{d.words})
        </text>
      </a>
    );
  }

  return (
    <div className="chart-block">
      <div className="chart-canvas" dir="ltr">
        <BarChart layout="vertical" responsive width="100%" style={{ maxWidth: width }} height={chartHeight(rows.length)} data={rows as DensityRow[]} margin={{ top: 6, right: 16, bottom: 6, left: 16 }} barCategoryGap="30%" title={title}>
          <XAxis type="number" domain={[0, max]} ticks={ticks} allowDataOverflow tickFormatter={(v: number) => fmt(v, 1)} reversed={side === "right"} />
          {outletAxis(side, n, t.target.nEq)}
          <Tooltip
            cursor={{ fill: "rgba(0,0,0,0.05)" }}
            content={({ active, payload }) => {
              const d = active ? (payload?.[0]?.payload as DensityRow | undefined) : undefined;
              if (!d) return null;
              return (
                <TooltipBox dir={dirOf(lang)} title={<bdi lang="ar">{d.outlet}</bdi>}>
                  <p>
                    {fmt(d.density)} {t.target.perThousand} · {t.target.loadedOf(d.loaded, d.words)} · {t.target.mentions(d.mentions)}
                  </p>
                </TooltipBox>
              );
            }}
          />
          <Bar dataKey="density" isAnimationActive={false} shape={DensityShape} />
        </BarChart>
      </div>
      <p className="axis-note">
        {t.target.perThousand} ({t.target.loaded} / {t.target.words})
      </p>
    </div>
  );
}
