import { inkOn, termFills, valenceIcon } from "../valence";
import { escapeHtml as esc } from "./escape";
import type { TargetTimeline } from "./model";
import { hatch } from "./svg";

const W = 640;
const LEFT = 170;
const ROW = 30;
const TOP = 22;

/** Every period of the series, in order: the chart's columns. */
export const periodsOf = (t: TargetTimeline): string[] => [...new Set(t.series.flatMap((s) => s.points.map((p) => p.period)))].sort();

/**
 * Naming over time as a grid: a row per outlet, a column per period, and in
 * each cell a bar split by name in the report's valence colours (hostile
 * hatched), so a move from one name to another shows as a change of colour
 * along a row. An empty cell: articles, but no naming of the target.
 */
export function timeChart(t: TargetTimeline): string {
  const periods = periodsOf(t);
  const cell = (W - LEFT - 10) / Math.max(1, periods.length);
  const fills = termFills(t.terms);
  const info = new Map(t.terms.map((term) => [term.term, term]));
  const hatchId = `hostile-time-${t.target}`;
  const every = Math.max(1, Math.ceil(periods.length / Math.floor((W - LEFT) / 48)));
  const heads = periods
    .map((p, k) => (k % every === 0 ? `<text x="${(LEFT + k * cell + cell / 2).toFixed(1)}" y="14" font-size="9" text-anchor="middle">${esc(p)}</text>` : ""))
    .join("");
  const rows = t.series.map((s, r) => {
    const y = TOP + r * ROW;
    const cells = s.points.map((p) => {
      const x0 = LEFT + periods.indexOf(p.period) * cell + 1;
      const w = Math.max(1, cell - 2);
      const frame = `<rect x="${x0.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 10}" fill="none" stroke="#ccc"><title>${esc(s.outlet)} ${esc(p.period)}: ${p.articles} article(s), ${p.mentions} mention(s), ${p.density.toFixed(2)} per 1,000 words, ${Math.round(p.share * 100)}% of articles mention it</title></rect>`;
      let x = x0;
      const segments = p.naming.map((n) => {
        const term = info.get(n.term);
        const sw = n.share * w;
        const seg = `<rect x="${x.toFixed(1)}" y="${y}" width="${sw.toFixed(1)}" height="${ROW - 10}" fill="${fills[n.term]}" data-period="${esc(p.period)}" data-term="${esc(n.term)}" data-count="${n.count}"><title>${esc(s.outlet)} ${esc(p.period)}: ${esc(term?.form ?? n.term)} ${valenceIcon(term?.valence ?? 0)} ${Math.round(n.share * 100)}% (${n.count})</title></rect>${
          (term?.valence ?? 0) < 0 ? `<rect x="${x.toFixed(1)}" y="${y}" width="${sw.toFixed(1)}" height="${ROW - 10}" fill="url(#${esc(hatchId)})" aria-hidden="true"/>` : ""
        }${sw > 18 ? `<text x="${(x + sw / 2).toFixed(1)}" y="${y + 14}" font-size="9" fill="${inkOn(fills[n.term]!)}" text-anchor="middle">${n.count}</text>` : ""}`;
        x += sw;
        return seg;
      });
      return frame + segments.join("");
    });
    return `<text x="${LEFT - 8}" y="${y + 14}" font-size="11" text-anchor="end">${esc(s.outlet)}</text>${cells.join("")}`;
  });
  const h = TOP + t.series.length * ROW;
  return `<svg class="chart" data-chart="time" data-target="${esc(t.target)}" role="img" aria-label="Naming of ${esc(t.label)} over time, by outlet and ${esc(t.interval)}" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}">${hatch(esc(hatchId))}${heads}${rows.join("")}</svg>`;
}
