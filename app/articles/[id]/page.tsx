import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dict, langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { articleView } from "@/lib/report/article-view";
import { counterpartOutlets } from "@/lib/store/counterparts";
import { PICKER_LIMIT } from "@/components/home/ArticlePicker";
import { ComparePicker } from "@/components/reader/ComparePicker";
import { Shell } from "@/components/layout/Shell";
import { ArticleHeader } from "@/components/reader/ArticleHeader";
import { FramingPanel } from "@/components/reader/FramingPanel";
import { Legend } from "@/components/reader/Legend";
import { Reader } from "@/components/reader/Reader";
import { routeId } from "@/app/route-params";
import { StoreErrorPage, storeForPage } from "@/app/store-page";

/** Same-story articles suggested beside an article. */
const SUGGESTIONS = 20;

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const opened = await storeForPage();
  const result = "error" in opened ? null : await opened.store.article(opened.version, await routeId(params));
  return { title: result ? result.article.title : "Not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [id, query] = await Promise.all([routeId(params), searchParams]);
  const lang = langOf(query);
  const t = dict(lang);
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={id} path={`/articles/${encodeURIComponent(id)}`} query={query} error={opened.error} />;
  const { store, engine, version } = opened;
  const result = await store.article(version, id);
  if (!result) notFound();
  const [termOutlets, suggestions, firstPage] = await Promise.all([
    counterpartOutlets(store, engine, version, [result.analysis]),
    store.sameStory(version, id, SUGGESTIONS),
    // a small corpus lists every other article; one more than the limit tells a large one
    store.articlePage(version, {}, 0, PICKER_LIMIT + 2),
  ]);
  const view = articleView(engine, result.article, result.analysis, termOutlets);
  const others = firstPage.items.filter((a) => a.id !== id);

  return (
    <Shell lang={lang} path={`/articles/${encodeURIComponent(id)}`} query={query} current={null}>
      <article className="article">
        <ArticleHeader view={view} lang={lang} />
        {others.length > 0 && <ComparePicker lang={lang} id={id} others={firstPage.total <= PICKER_LIMIT + 1 ? others : null} suggestions={suggestions} />}
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
