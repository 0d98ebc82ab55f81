import type { Metadata } from "next";
import { IMPORT_EXTENSIONS } from "@/lib/import";
import { Shell } from "@/components/layout/Shell";
import { OutletEditor } from "@/components/store/OutletEditor";
import { Upload } from "@/components/store/Upload";
import { StoreErrorPage, storeForPage } from "../store-page";
import type { Query } from "../filters";
import { langOf } from "@/messages/ui";
import { storeDict } from "@/messages/store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Corpus" };

/** The stored corpus: outlets with counts and metadata, articles per month, import problems, upload. */
export default async function CorpusPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const t = storeDict(lang);
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={t.corpus.title} path="/corpus" query={query} error={opened.error} />;
  const { store, version } = opened;
  const [overview, problems] = await Promise.all([store.overview(version), store.problems(100)]);
  const peak = Math.max(1, ...overview.months.map((m) => m.articles));
  return (
    <Shell lang={lang} path="/corpus" query={query} current="corpus">
      <h1>{t.corpus.title}</h1>
      <p data-testid="corpus-counts">{t.corpus.counts(overview.articles, overview.analysed, overview.outlets.length, overview.nearDuplicates, overview.undated, store.kind === "embedded")}</p>
      <Upload lang={lang} accept={IMPORT_EXTENSIONS.join(",")} />
      <h2>{t.corpus.outlets}</h2>
      <div className="table-scroll">
        <table data-testid="outlets">
          <thead>
            <tr>
              <th scope="col">{t.corpus.outlet}</th>
              <th scope="col">{t.corpus.articles}</th>
              <th scope="col">{t.corpus.dates}</th>
              <th scope="col">{t.corpus.metadata}</th>
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
                <td dir="ltr">{o.first ? `${o.first} – ${o.last}` : t.corpus.undated}</td>
                <td>
                  <OutletEditor lang={lang} outlet={{ name: o.name, name_en: o.name_en, country: o.country, group: o.group }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.corpus.perMonth}</h2>
      <ol className="histogram" data-testid="histogram" dir="ltr">
        {overview.months.map((m) => (
          <li key={m.month} title={`${m.month}: ${m.articles}`}>
            <span className="histogram-label">{m.month}</span>
            <span className="histogram-bar" style={{ width: `${(100 * m.articles) / peak}%` }} />
            <span>{m.articles}</span>
          </li>
        ))}
      </ol>
      <h2>{t.corpus.problems}</h2>
      {problems.length === 0 ? (
        <p>{t.corpus.none}</p>
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
