"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TimelineView } from "@/lib/report/timeline-view";
import { storeDict } from "@/messages/store";
import { timelinePassagesHref, type TimelineLink } from "./timeline-links";

const COLOURS = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7d8c", "#57606a"];

export type TimelineMeasure = "density" | "share";

/**
 * The time chart and its table from one compact view (lib/report/timeline-view.ts): one line per
 * outlet over the periods, clicking a point opens its passages; the table lists the periods with
 * a mention and their naming shares. One client component, so the view is sent once.
 */
export function TimelineFigures({ view, measure, link }: { view: TimelineView; measure: TimelineMeasure; link: TimelineLink }) {
  const t = storeDict(link.lang).timeline;
  return (
    <>
      {view.series.length === 0 ? <p>{t.empty}</p> : <TimelineChart view={view} measure={measure} link={link} label={t.measures[measure]} />}
      <h2>{t.naming}</h2>
      <TimelineTable view={view} link={link} />
    </>
  );
}

function TimelineChart({ view, measure, link, label }: { view: TimelineView; measure: TimelineMeasure; link: TimelineLink; label: string }) {
  const rows = view.periods.map((period, i) => ({ period, ...Object.fromEntries(view.series.map((s) => [s.outlet, s[measure][i] ?? undefined])) }));
  return (
    <div className="timeline-chart" dir="ltr" data-testid="timeline-chart">
      <ResponsiveContainer width="100%" height={360}>
        <LineChart data={rows} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" />
          <YAxis label={{ value: label, angle: -90, position: "insideLeft" }} />
          <Tooltip />
          <Legend />
          {view.series.map((s, i) => (
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
                  if (period) window.location.href = timelinePassagesHref(link, s.outlet, period);
                },
              }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function TimelineTable({ view, link }: { view: TimelineView; link: TimelineLink }) {
  const t = storeDict(link.lang).timeline;
  return (
    <div className="table-scroll">
      <table data-testid="timeline-table">
        <thead>
          <tr>
            <th scope="col">{t.outlet}</th>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.articles}</th>
            <th scope="col">{t.mentions}</th>
            <th scope="col">{t.density}</th>
            <th scope="col">{t.share}</th>
            <th scope="col">{t.names}</th>
          </tr>
        </thead>
        <tbody>
          {view.series.flatMap((s) =>
            // periods without a mention have no naming to show: the chart has them, the table leaves them out
            view.periods.flatMap((period, i) =>
              s.mentions[i] ? (
                <tr key={`${s.outlet}|${period}`}>
                  <th scope="row">
                    <bdi lang="ar">{s.outlet}</bdi>
                  </th>
                  <td dir="ltr">
                    <a href={timelinePassagesHref(link, s.outlet, period)}>{period}</a>
                  </td>
                  <td>{s.articles[i]}</td>
                  <td>{s.mentions[i]}</td>
                  <td>{s.density[i]!.toFixed(2)}</td>
                  <td>{s.share[i]}%</td>
                  <td>
                    {s.naming[i]!.map(([term, count, share]) => (
                      <span key={term}>
                        <bdi lang="ar">{view.terms[term]}</bdi> {share}% ({count}){" "}
                      </span>
                    ))}
                  </td>
                </tr>
              ) : (
                []
              ),
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
