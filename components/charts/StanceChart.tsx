"use client";

import { Bar, BarChart, ErrorBar, ReferenceLine, Tooltip, XAxis, type BarShapeProps } from "recharts";
import { dict, dirOf, signed, type Lang } from "@/messages/ui";
import type { StanceRow } from "@/lib/report/charts";
import { passagesHref, type PassageScope } from "../links";
import { stanceFill, THIN_N, THIN_OPACITY } from "../valence";
import { chartHeight, fmt, sideOf } from "./layout";
import { outletAxis } from "./OutletTick";
import { TooltipBox } from "./TooltipBox";

export interface StanceChartProps {
  readonly target: string;
  readonly title: string;
  readonly rows: readonly StanceRow[];
  readonly lang: Lang;
  readonly scope: PassageScope;
  readonly width?: number;
}

interface Datum extends StanceRow {
  /** The bar's length: the mean, or 0 where there is none. */
  readonly value: number;
  /** Distances from the mean to the interval's ends, for the error bar. */
  readonly err: [number, number];
}


/**
 * Stance as diverging bars around 0 on the −2..+2 scale, with the 95%
 * interval as an error bar and n beside every outlet. n = 0 draws no bar but
 * says so; bars on fewer than 5 mentions are faded.
 */
export function StanceChart({ target, title, rows, lang, scope, width = 470 }: StanceChartProps) {
  const t = dict(lang);
  const side = sideOf(lang);
  const n = Object.fromEntries(rows.map((r) => [r.outlet, r.n]));
  const means = Object.fromEntries(rows.flatMap((r) => (r.mean === null ? [] : [[r.outlet, signed(r.mean, 2)]])));
  const data: Datum[] = rows.map((r) => ({
    ...r,
    value: r.mean ?? 0,
    err: r.mean === null || r.low === null || r.high === null ? [0, 0] : [r.mean - r.low, r.high - r.mean],
  }));

  function StanceShape(props: BarShapeProps) {
    const d = props.payload as Datum;
    const midY = props.y + props.height / 2;
    if (d.n === 0 || d.mean === null) {
      return (
        <text x={props.x} y={midY} dy="0.35em" textAnchor="middle" fontSize={12} fontStyle="italic" fill="#444444" className="halo" data-testid="stance-empty" data-outlet={d.outlet}>
          {t.target.noOwn}
        </text>
      );
    }
    const x = Math.min(props.x, props.x + props.width);
    const w = Math.max(Math.abs(props.width), 2);
    const label = `${d.outlet}: ${signed(d.mean, 2)} [${fmt(d.low ?? 0)}, ${fmt(d.high ?? 0)}], ${t.target.nEq(d.n)}`;
    return (
      <a
        href={passagesHref(lang, scope, { outlet: d.outlet, target, voice: "own" })}
        data-testid="stance-bar"
        data-outlet={d.outlet}
        data-n={d.n}
        data-mean={d.mean}
        aria-label={label}
        className="bar-link"
      >
        <title>{label}</title>
        <rect x={x} y={props.y} width={w} height={props.height} fill={stanceFill(d.mean)} fillOpacity={d.n < THIN_N ? THIN_OPACITY : 1} />
      </a>
    );
  }

  return (
    <div className="chart-block">
      <div className="chart-canvas" dir="ltr">
        <BarChart layout="vertical" responsive width="100%" style={{ maxWidth: width }} height={chartHeight(rows.length)} data={data} margin={{ top: 6, right: 16, bottom: 6, left: 16 }} barCategoryGap="30%" title={title}>
          <XAxis type="number" domain={[-2, 2]} allowDataOverflow ticks={[-2, -1, 0, 1, 2]} tickFormatter={(v: number) => signed(v)} reversed={side === "right"} />
          {outletAxis(side, n, t.target.nEq, means)}
          <ReferenceLine x={0} stroke="#333333" zIndex={250} />
          <Tooltip
            cursor={{ fill: "rgba(0,0,0,0.05)" }}
            content={({ active, payload }) => {
              const d = active ? (payload?.[0]?.payload as Datum | undefined) : undefined;
              if (!d) return null;
              return (
                <TooltipBox dir={dirOf(lang)} title={<bdi lang="ar">{d.outlet}</bdi>}>
                  {d.mean === null ? (
                    <p>{t.target.noOwn}</p>
                  ) : (
                    <p>
                      {t.target.mean} <bdi dir="ltr">{signed(d.mean, 2)}</bdi> · {t.target.interval}{" "}
                      <bdi dir="ltr">
                        [{signed(d.low ?? 0, 2)}, {signed(d.high ?? 0, 2)}]
                      </bdi>{" "}
                      · <bdi dir="ltr">{t.target.nEq(d.n)}</bdi>
                    </p>
                  )}
                </TooltipBox>
              );
            }}
          />
          <Bar dataKey="value" isAnimationActive={false} shape={StanceShape}>
            <ErrorBar dataKey="err" width={6} strokeWidth={1.5} stroke="#222222" direction="x" isAnimationActive={false} />
          </Bar>
        </BarChart>
      </div>
      <p className="axis-note" aria-hidden="true">
        −2 ▼▼ · 0 ● · +2 ▲▲
      </p>
    </div>
  );
}
