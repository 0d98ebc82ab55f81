import type { TargetCharts } from "../charts";
import { inkOn, stanceFill, termFills, valenceIcon } from "../valence";
import { escapeHtml as esc } from "./escape";

/**
 * Inline SVG charts for the self-contained report: static, no script, the
 * counts written on every bar so a thin chart looks thin.
 */

/** A hatch laid over hostile shares, so valence does not rest on colour alone (the id is per chart: several charts share a page). */
export const hatch = (id: string) =>
  `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2" stroke-opacity="0.55"/></pattern></defs>`;

const W = 640;
const ROW = 26;
const LEFT = 170;

export function namingChart(chart: TargetCharts): string {
  const rows = chart.naming;
  const h = rows.length * ROW + 10;
  const width = W - LEFT - 60;
  const fills = termFills(chart.terms);
  const hatchId = `hostile-${chart.target}`;
  const bars = rows.map((r, k) => {
    let x = LEFT;
    const y = 5 + k * ROW;
    const segments = chart.terms.map((t, ti) => {
      const share = r.shares[t.term] ?? 0;
      const count = r.counts[t.term] ?? 0;
      if (count === 0) return "";
      const w = share * width;
      const seg = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="${fills[t.term]}" data-term="${esc(t.term)}" data-valence="${t.valence}" data-count="${count}"><title>${esc(t.form)} (${esc(t.gloss)}, ${valenceIcon(t.valence)} ${t.valence}): ${Math.round(share * 100)}%, ${count}</title></rect>${
        t.valence < 0 ? `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="url(#${esc(hatchId)})" aria-hidden="true"/>` : ""
      }${w > 22 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 14}" font-size="10" fill="${inkOn(fills[t.term]!)}" text-anchor="middle">${count}</text>` : ""}`;
      x += w;
      return seg;
    });
    return `<text x="${LEFT - 8}" y="${y + 14}" font-size="11" text-anchor="end">${esc(r.outlet)}</text>${segments.join("")}<text x="${LEFT + width + 6}" y="${y + 14}" font-size="10" fill="#444">n=${r.total}</text>`;
  });
  return `<svg class="chart" data-chart="naming" data-target="${esc(chart.target)}" role="img" aria-label="Naming shares of ${esc(chart.label)} by outlet" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}">${hatch(esc(hatchId))}${bars.join("")}</svg>`;
}

export function stanceChart(chart: TargetCharts): string {
  const rows = chart.stance;
  const h = rows.length * ROW + 30;
  const width = W - LEFT - 60;
  const xOf = (v: number) => LEFT + ((v + 2) / 4) * width;
  const axis = [-2, -1, 0, 1, 2]
    .map((v) => `<line x1="${xOf(v)}" x2="${xOf(v)}" y1="0" y2="${h - 20}" stroke="${v === 0 ? "#333" : "#ddd"}"/><text x="${xOf(v)}" y="${h - 6}" font-size="10" text-anchor="middle">${v > 0 ? "+" : ""}${v}</text>`)
    .join("");
  const bars = rows.map((r, k) => {
    const y = 5 + k * ROW;
    const label = `<text x="${LEFT - 8}" y="${y + 14}" font-size="11" text-anchor="end">${esc(r.outlet)}</text>`;
    if (r.mean === null || r.low === null || r.high === null) return `${label}<text x="${xOf(0) + 6}" y="${y + 14}" font-size="10" fill="#666">no own-voice mentions</text>`;
    const x0 = Math.min(xOf(0), xOf(r.mean));
    const opacity = r.n < 5 ? 0.35 : 0.85;
    return `${label}<rect x="${x0.toFixed(1)}" y="${y + 3}" width="${Math.abs(xOf(r.mean) - xOf(0)).toFixed(1)}" height="${ROW - 12}" fill="${stanceFill(r.mean)}" opacity="${opacity}" data-n="${r.n}" data-mean="${r.mean}"/><line x1="${xOf(r.low).toFixed(1)}" x2="${xOf(r.high).toFixed(1)}" y1="${y + 9}" y2="${y + 9}" stroke="#000"/><line x1="${xOf(r.low).toFixed(1)}" x2="${xOf(r.low).toFixed(1)}" y1="${y + 4}" y2="${y + 14}" stroke="#000"/><line x1="${xOf(r.high).toFixed(1)}" x2="${xOf(r.high).toFixed(1)}" y1="${y + 4}" y2="${y + 14}" stroke="#000"/><text x="${LEFT + width + 6}" y="${y + 14}" font-size="10">n=${r.n}</text>`;
  });
  return `<svg class="chart" data-chart="stance" data-target="${esc(chart.target)}" role="img" aria-label="Stance toward ${esc(chart.label)} by outlet, with 95% intervals" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}">${axis}${bars.join("")}</svg>`;
}

export function densityChart(chart: TargetCharts): string {
  const rows = chart.density;
  const h = rows.length * ROW + 10;
  const width = W - LEFT - 190;
  const max = Math.max(1, ...rows.map((r) => r.density));
  const bars = rows.map((r, k) => {
    const y = 5 + k * ROW;
    const w = (r.density / max) * width;
    return `<text x="${LEFT - 8}" y="${y + 14}" font-size="11" text-anchor="end">${esc(r.outlet)}</text><rect x="${LEFT}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 12}" fill="#00798c" data-loaded="${r.loaded}"/><text x="${LEFT + w + 6}" y="${y + 14}" font-size="10">${r.density.toFixed(2)}/1k (${r.loaded} of ${r.words} words)</text>`;
  });
  return `<svg class="chart" data-chart="density" data-target="${esc(chart.target)}" role="img" aria-label="Loaded-term density for ${esc(chart.label)} by outlet" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}">${bars.join("")}</svg>`;
}
