import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dict, langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { getCorpus } from "@/lib/corpus/store";
import { articleView } from "@/lib/report/article-view";
import { Shell } from "@/components/layout/Shell";
import { ArticleHeader } from "@/components/reader/ArticleHeader";
import { FramingPanel } from "@/components/reader/FramingPanel";
import { Legend } from "@/components/reader/Legend";
import { Reader } from "@/components/reader/Reader";
import { routeId } from "@/app/route-params";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = getCorpus().byId.get(await routeId(params));
  return { title: result ? result.article.title : "Not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [id, query] = await Promise.all([routeId(params), searchParams]);
  const lang = langOf(query);
  const t = dict(lang);
  const corpus = getCorpus();
  const result = corpus.byId.get(id);
  if (!result) notFound();
  const view = articleView(corpus.engine, result.article, result.analysis, corpus.termOutlets);
  const others = corpus.results.filter((r) => r.article.id !== id);

  return (
    <Shell lang={lang} path={`/articles/${encodeURIComponent(id)}`} query={query} current={null}>
      <article className="article">
        <ArticleHeader view={view} lang={lang} />
        {others.length > 0 && (
          <form className="picker" method="get" action="/compare" aria-label={t.reader.compareWith}>
            {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
            <input type="hidden" name="a" value={id} />
            <div className="field">
              <label htmlFor="compare-b">{t.reader.compareWith}</label>
              <select id="compare-b" name="b" dir="auto">
                {others.map(({ article }) => (
                  <option key={article.id} value={article.id}>
                    {`${article.outlet} — ${article.title}`}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">{t.reader.compare}</button>
          </form>
        )}
        <div className="reader-layout">
          <section aria-labelledby="text-h">
            <h2 id="text-h" className="visually-hidden">
              {t.reader.text}
            </h2>
            <Reader view={view} lang={lang} />
          </section>
          <aside className="side-panel" aria-label={t.reader.summary} tabIndex={0}>
            <FramingPanel view={view} lang={lang} />
            <Legend lang={lang} />
          </aside>
        </div>
      </article>
    </Shell>
  );
}
