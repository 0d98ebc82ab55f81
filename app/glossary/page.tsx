import type { Metadata } from "next";
import { classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { Shell } from "@/components/layout/Shell";
import "@/components/classroom/classroom.css";
import { normalize } from "@/lib/arabic/normalize";
import { currentEngine } from "@/lib/corpus/store";
import { storeForPage } from "@/app/store-page";
import { lexiconCounterpartOutlets } from "@/lib/store/counterparts";
import { entryView } from "@/lib/report/article-view";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Glossary" };

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const engine = currentEngine();
  // which outlets use each counterpart, from the store when it is open (the glossary itself needs only the lexicon)
  const opened = await storeForPage();
  const termOutlets = "error" in opened ? new Map<string, Set<string>>() : await lexiconCounterpartOutlets(opened.store, engine, opened.version);
  const q = (Array.isArray(query.q) ? query.q[0] : query.q)?.trim() ?? "";
  const needle = normalize(q).toLowerCase();
  const entries = engine.lexicon.lexicon.entries
    .map((e) => entryView(engine, e.id, termOutlets)!)
    .filter((e) => !needle || [...e.forms.map(normalize), e.gloss, e.rationale, e.targetLabel, e.targetLabelAr, e.term].some((s) => s.toLowerCase().includes(needle)))
    .sort((a, b) => a.target.localeCompare(b.target) || b.valence - a.valence || a.term.localeCompare(b.term));
  return (
    <Shell lang={lang} path="/glossary" query={query} current="glossary">
      <h1>{c.glossary}</h1>
      <p className="lead">{c.glossaryIntro}</p>
      <form method="get" action="/glossary" role="search" className="glossary-search">
        {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
        <label htmlFor="glossary-q">{c.search}</label>{" "}
        <input id="glossary-q" name="q" type="search" defaultValue={q} data-testid="glossary-search" />{" "}
        <button type="submit" className="button">
          {c.searchButton}
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="empty">{c.noMatch}</p>
      ) : (
        <div className="table-scroll">
          <table className="glossary" data-testid="glossary-table">
            <caption className="visually-hidden">{c.glossary}</caption>
            <thead>
              <tr>
                <th scope="col">{c.term}</th>
                <th scope="col">{c.gloss}</th>
                <th scope="col">{c.frames}</th>
                <th scope="col">{c.category}</th>
                <th scope="col">{c.valence}</th>
                <th scope="col">{c.rationale}</th>
                <th scope="col">{c.counterparts}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.term} data-testid="glossary-entry" data-term={e.term}>
                  <td lang="ar" dir="rtl" className="ar">
                    {e.forms.slice(0, 3).join("، ")}
                  </td>
                  <td>{e.gloss}</td>
                  <td>{lang === "ar" ? e.targetLabelAr : e.targetLabel}</td>
                  <td>{e.category}</td>
                  <td>
                    {e.valence > 0 ? "+" : e.valence < 0 ? "−" : ""}
                    {Math.abs(e.valence)}
                  </td>
                  <td>{e.rationale}</td>
                  <td lang="ar" dir="rtl" className="ar">
                    {e.counterparts.map((cp) => cp.form).join("، ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Shell>
  );
}
