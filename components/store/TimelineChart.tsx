"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TimelineSeries {
  readonly outlet: string;
  readonly points: readonly { readonly period: string; readonly value: number; readonly href: string }[];
}

const COLOURS = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7d8c", "#57606a"];

/** One line per outlet over the periods; clicking a point opens its passages. */
export function TimelineChart({ series, label }: { series: readonly TimelineSeries[]; label: string }) {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const rows = periods.map((period) => ({ period, ...Object.fromEntries(series.map((s) => [s.outlet, s.points.find((p) => p.period === period)?.value])) }));
  const hrefOf = (outlet: string, period: string) => series.find((s) => s.outlet === outlet)?.points.find((p) => p.period === period)?.href;
  return (
    <div className="timeline-chart" dir="ltr" data-testid="timeline-chart">
      <ResponsiveContainer width="100%" height={360}>
        <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis label={{ value: label, angle: -90, position: "insideLeft" }} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.outlet}
              dataKey={s.outlet}
              stroke={COLOURS[i % COLOURS.length]}
              connectNulls
              isAnimationActive={false}
              activeDot={{
                r: 6,
                onClick: (_event: unknown, dot: unknown) => {
                  const period = (dot as { payload?: { period?: string } }).payload?.period;
                  const href = period ? hrefOf(s.outlet, period) : undefined;
                  if (href) window.location.href = href;
                },
              }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
