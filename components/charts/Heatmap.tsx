import { Fragment } from "react";
import { dict, type Lang } from "@/messages/ui";
import type { Heatmap as HeatmapData } from "@/lib/report/charts";
import { Gloss } from "../Gloss";
import { passagesHref, type PassageScope } from "../links";
import { valenceIcon } from "../valence";

/** Five shades of blue (ColorBrewer Blues) with the ink that keeps WCAG AA contrast on each. */
const SHADES = [
  { bg: "#ffffff", ink: "#595959" },
  { bg: "#deebf7", ink: "#111111" },
  { bg: "#9ecae1", ink: "#111111" },
  { bg: "#2171b5", ink: "#ffffff" },
  { bg: "#08306b", ink: "#ffffff" },
] as const;

const shadeOf = (count: number, max: number) => SHADES[count === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((count / max) * 4))]!;

/**
 * Outlet × naming term as a table: one row per term, grouped by target, one
 * column per outlet; every cell holds its count (and, when non-zero, links to
 * its passages), shaded by the count.
 */
export function Heatmap({ data, lang, scope, targetLabels }: { data: HeatmapData; lang: Lang; scope: PassageScope; targetLabels: Readonly<Record<string, string>> }) {
  const t = dict(lang);
  const targets = [...new Set(data.terms.map((term) => term.target))];
  return (
    <div className="table-scroll">
      <table className="heatmap">
        <caption className="visually-hidden">{t.heat.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.target.term}</th>
            {data.rows.map((r) => (
              <th scope="col" key={r.outlet}>
                <bdi lang="ar" className="ar">
                  {r.outlet}
                </bdi>
              </th>
            ))}
          </tr>
        </thead>
        {targets.map((target) => (
          <tbody key={target}>
            <tr className="heat-group">
              <th scope="colgroup" colSpan={data.rows.length + 1}>
                {targetLabels[target] ?? target}
              </th>
            </tr>
            {data.terms.map((term, k) =>
              term.target !== target ? null : (
                <tr key={term.term}>
                  <th scope="row" className="heat-term">
                    <span className="heat-icon" aria-hidden="true">
                      {valenceIcon(term.valence)}
                    </span>
                    <bdi lang="ar" dir="rtl" className="ar">
                      {term.form}
                    </bdi>
                    <Gloss text={term.gloss} />
                  </th>
                  {data.rows.map((r) => {
                    const count = r.counts[k] ?? 0;
                    const shade = shadeOf(count, data.max);
                    return (
                      <td
                        key={r.outlet}
                        data-testid="heat-cell"
                        data-outlet={r.outlet}
                        data-term={term.term}
                        data-count={count}
                        style={{ background: shade.bg, color: shade.ink }}
                      >
                        {count > 0 ? (
                          <a href={passagesHref(lang, scope, { outlet: r.outlet, target: term.target, term: term.term })} style={{ color: shade.ink }} aria-label={`${r.outlet}: ${term.form} (${term.gloss}): ${count}`}>
                            {count}
                          </a>
                        ) : (
                          <Fragment>0</Fragment>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ),
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}
