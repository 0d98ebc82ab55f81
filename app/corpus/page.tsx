import type { Metadata } from "next";
import { IMPORT_EXTENSIONS } from "@/lib/import";
import { Shell } from "@/components/layout/Shell";
import { OutletEditor } from "@/components/store/OutletEditor";
import { Upload } from "@/components/store/Upload";
import { StoreErrorPage, storeForPage } from "../store-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Corpus" };

/** The stored corpus: outlets with counts and metadata, articles per month, import problems, upload. */
export default async function CorpusPage() {
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang="en" title="Corpus" path="/corpus" error={opened.error} />;
  const { store, version } = opened;
  const [overview, problems] = await Promise.all([store.overview(version), store.problems(100)]);
  const peak = Math.max(1, ...overview.months.map((m) => m.articles));
  return (
    <Shell lang="en" path="/corpus" current={null}>
      <h1>Corpus</h1>
      <p data-testid="corpus-counts">
        {overview.articles} articles ({overview.analysed} analysed{overview.analysed < overview.articles ? ", the rest in progress" : ""}), {overview.outlets.length} outlets,{" "}
        {overview.nearDuplicates} near-duplicates linked, {overview.undated} undated · stored in {store.kind === "embedded" ? "embedded PostgreSQL" : "a PostgreSQL server"}
      </p>
      <Upload accept={IMPORT_EXTENSIONS.join(",")} />
      <h2>Outlets</h2>
      <div className="table-scroll">
        <table data-testid="outlets">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Articles</th>
              <th scope="col">Dates</th>
              <th scope="col">Metadata</th>
            </tr>
          </thead>
          <tbody>
            {overview.outlets.map((o) => (
              <tr key={o.name}>
                <th scope="row">
                  <bdi lang="ar" className="ar">
                    {o.name}
                  </bdi>
                </th>
                <td>{o.articles}</td>
                <td dir="ltr">{o.first ? `${o.first} – ${o.last}` : "undated"}</td>
                <td>
                  <OutletEditor outlet={{ name: o.name, name_en: o.name_en, country: o.country, group: o.group }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Articles per month</h2>
      <ol className="histogram" data-testid="histogram" dir="ltr">
        {overview.months.map((m) => (
          <li key={m.month} title={`${m.month}: ${m.articles}`}>
            <span className="histogram-label">{m.month}</span>
            <span className="histogram-bar" style={{ width: `${(100 * m.articles) / peak}%` }} />
            <span>{m.articles}</span>
          </li>
        ))}
      </ol>
      <h2>Import problems</h2>
      {problems.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul data-testid="problems">
          {problems.map((p, i) => (
            <li key={i}>
              <bdi>{p.source}</bdi>
              {p.line !== null ? `:${p.line}` : ""}: {p.reason}
            </li>
          ))}
        </ul>
      )}
    </Shell>
  );
}
