import type { ReactNode } from "react";
import { dict, signed, type Lang } from "@/messages/ui";
import type { DensityRow, NamingRow, StanceRow, TermInfo } from "@/lib/report/charts";
import { Gloss } from "../Gloss";
import { fmt } from "./layout";

/** The numbers of each chart as a table: the accessible alternative, and the exact figures. */
function DataDetails({ lang, caption, children }: { lang: Lang; caption: string; children: ReactNode }) {
  return (
    <details className="data-table">
      <summary>{dict(lang).target.dataTable}</summary>
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

const Outlet = ({ name }: { name: string }) => (
  <th scope="row">
    <bdi lang="ar" className="ar">
      {name}
    </bdi>
  </th>
);

export function NamingTable({ lang, caption, terms, rows }: { lang: Lang; caption: string; terms: readonly TermInfo[]; rows: readonly NamingRow[] }) {
  const t = dict(lang).target;
  return (
    <DataDetails lang={lang} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.outlet}</th>
          {terms.map((term) => (
            <th scope="col" key={term.term}>
              <bdi lang="ar" className="ar">
                {term.form}
              </bdi>
              <br />
              <Gloss text={term.gloss} />
            </th>
          ))}
          <th scope="col">{t.total} (n)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.outlet}>
            <Outlet name={r.outlet} />
            {terms.map((term) => (
              <td key={term.term}>{(r.counts[term.term] ?? 0) > 0 ? t.shareCount(r.shares[term.term] ?? 0, r.counts[term.term] ?? 0) : "—"}</td>
            ))}
            <td>{r.total}</td>
          </tr>
        ))}
      </tbody>
    </DataDetails>
  );
}

export function StanceTable({ lang, caption, rows }: { lang: Lang; caption: string; rows: readonly StanceRow[] }) {
  const t = dict(lang).target;
  return (
    <DataDetails lang={lang} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.outlet}</th>
          <th scope="col">{t.mean}</th>
          <th scope="col">{t.interval}</th>
          <th scope="col">{t.n}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.outlet}>
            <Outlet name={r.outlet} />
            {r.mean === null ? (
              <td colSpan={2}>{t.noOwn}</td>
            ) : (
              <>
                <td dir="ltr">{signed(r.mean, 2)}</td>
                <td dir="ltr">
                  [{signed(r.low ?? 0, 2)}, {signed(r.high ?? 0, 2)}]
                </td>
              </>
            )}
            <td>{r.n}</td>
          </tr>
        ))}
      </tbody>
    </DataDetails>
  );
}

export function DensityTable({ lang, caption, rows }: { lang: Lang; caption: string; rows: readonly DensityRow[] }) {
  const t = dict(lang).target;
  return (
    <DataDetails lang={lang} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t.outlet}</th>
          <th scope="col">{t.perThousand}</th>
          <th scope="col">{t.loaded}</th>
          <th scope="col">{t.mentionsCol}</th>
          <th scope="col">{t.words}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.outlet}>
            <Outlet name={r.outlet} />
            <td>{fmt(r.density)}</td>
            <td>{r.loaded}</td>
            <td>{r.mentions}</td>
            <td>{r.words}</td>
          </tr>
        ))}
      </tbody>
    </DataDetails>
  );
}
