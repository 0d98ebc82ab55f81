import { dict, type Lang } from "@/messages/ui";
import type { TargetCharts } from "@/lib/report/charts";
import type { PassageScope } from "../links";
import { THIN_N } from "../valence";
import { ChartFigure } from "./ChartFigure";
import { DensityTable, NamingTable, StanceTable } from "./DataTables";
import { DensityChart } from "./DensityChart";
import { NamingChart } from "./NamingChart";
import { StanceChart } from "./StanceChart";

/** One target of the comparison: how each outlet names it, its stance, and its loaded-term density. */
export function TargetSection({ chart, lang, scope }: { chart: TargetCharts; lang: Lang; scope: PassageScope }) {
  const t = dict(lang).target;
  const name = lang === "ar" ? chart.label_ar : chart.label;
  const thin =
    chart.naming.some((r) => r.total > 0 && r.total < THIN_N) || chart.stance.some((r) => r.n > 0 && r.n < THIN_N) || chart.density.some((r) => r.loaded > 0 && r.loaded < THIN_N);
  const id = `t-${chart.target}`;
  return (
    <section className="target" id={`target-${chart.target}`} data-testid={`target-${chart.target}`} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {lang === "ar" ? (
          <span className="ar">{chart.label_ar}</span>
        ) : (
          <>
            {chart.label}{" "}
            <bdi lang="ar" dir="rtl" className="ar target-ar">
              {chart.label_ar}
            </bdi>
          </>
        )}
      </h2>
      <p className="target-meta">
        <strong className="n-total">{t.nEq(chart.mentions)}</strong> · {t.mentions(chart.mentions)}
      </p>
      {thin && (
        <p className="thin-note" role="note">
          <span aria-hidden="true">⚠ </span>
          {t.thin}
        </p>
      )}
      <div className="chart-grid">
        <ChartFigure
          id={`${id}-naming`}
          className="chart-wide"
          title={t.naming}
          desc={t.namingDesc}
          table={<NamingTable lang={lang} caption={t.chartOf(t.naming, name)} terms={chart.terms} rows={chart.naming} />}
        >
          {chart.terms.length > 0 ? (
            <NamingChart target={chart.target} title={t.chartOf(t.naming, name)} terms={chart.terms} rows={chart.naming} lang={lang} scope={scope} />
          ) : (
            <p className="empty">{t.noNaming}</p>
          )}
        </ChartFigure>
        <ChartFigure id={`${id}-stance`} title={t.stance} desc={t.stanceDesc} table={<StanceTable lang={lang} caption={t.chartOf(t.stance, name)} rows={chart.stance} />}>
          <StanceChart target={chart.target} title={t.chartOf(t.stance, name)} rows={chart.stance} lang={lang} scope={scope} />
        </ChartFigure>
        <ChartFigure id={`${id}-density`} title={t.density} desc={t.densityDesc} table={<DensityTable lang={lang} caption={t.chartOf(t.density, name)} rows={chart.density} />}>
          <DensityChart target={chart.target} title={t.chartOf(t.density, name)} rows={chart.density} lang={lang} scope={scope} />
        </ChartFigure>
      </div>
    </section>
  );
}
