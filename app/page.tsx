import type { Metadata } from "next";
import { dict, langOf } from "@/messages/ui";
import { parseFilter, type Query } from "@/app/filters";
import { CorpusFilterSchema } from "@/lib/analysis/filter";
import { scoreOutletCounts } from "@/lib/analysis/outlets";
import { problemOfImport, storeFilterOf } from "@/lib/store";
import { heatmap, targetCharts } from "@/lib/report/charts";
import { targetOverview } from "@/lib/report/overview";
import { Heatmap } from "@/components/charts/Heatmap";
import { TargetSection } from "@/components/charts/TargetSection";
import { ArticleList } from "@/components/home/ArticleList";
import { ArticlePicker, PICKER_LIMIT } from "@/components/home/ArticlePicker";
import { CorpusSummary } from "@/components/home/CorpusSummary";
import { FilterError } from "@/components/home/FilterError";
import { Filters } from "@/components/home/Filters";
import { Overview } from "@/components/home/Overview";
import { Shell } from "@/components/layout/Shell";
import { ReportLinks } from "@/components/ReportLinks";
import { collateHref, href } from "@/components/links";
import { StoreErrorPage, storeForPage } from "@/app/store-page";
import { remembered } from "@/lib/store/process-store";

export const dynamic = "force-dynamic";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Articles listed per page on the home page. */
const LIST_PAGE = 50;
/** Import problems listed on the home page (the corpus page lists more). */
const PROBLEMS_SHOWN = 20;
export const metadata: Metadata = { title: "Compare outlets" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const t = dict(lang);
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={t.home.title} path="/" query={query} error={opened.error} />;
  const { store, engine, version } = opened;
  const { lexicon } = engine;

  const parsed = parseFilter(query);
  const filter = parsed.success ? parsed.data : CorpusFilterSchema.parse({});
  const selection = storeFilterOf(filter);
  const page = Math.max(1, Number(Array.isArray(query.page) ? query.page[0] : query.page) || 1);
  const first = (page - 1) * LIST_PAGE;
  // sums in SQL, scored by the same function as in memory; lists are pages: nothing here grows with the corpus
  // one computation per filter and page for every request until the store's data changes (lib/store/process-store.ts)
  const [counts, listed, pickable, everything, outletChoices, mentioned, pending, problems, story] = await remembered(opened, `home:${JSON.stringify([selection, first])}`, () =>
    Promise.all([
      store.outletCounts(version, selection),
      store.articlePage(version, selection, first, LIST_PAGE),
      // one more than the picker shows: past its limit it takes typed ids
      store.articlePage(version, selection, 0, PICKER_LIMIT + 1),
      store.articlePage(version, {}, 0, 0),
      store.outletNames(),
      store.mentionedTargets(version, [...lexicon.targets.keys()]),
      store.pendingJobs(version),
      store.problems(PROBLEMS_SHOWN),
      store.storyPair(version),
    ]),
  );
  const outlets = scoreOutletCounts(engine, counts, { voice: filter.voice, resolved: filter.resolved });
  const charts = targetCharts(lexicon, outlets, filter.targets);
  // the answer first (server-rendered text), then the charts of ONE target: page data grows with what is shown, not with the corpus
  const contrasts = targetOverview(charts);
  const wanted = one(query.target);
  const shown = charts.find((c) => c.target === wanted) ?? charts.find((c) => c.target === contrasts[0]?.target);
  const heat = heatmap(lexicon, outlets, shown ? [shown.target] : filter.targets);
  const scope = { voice: filter.voice, from: filter.from, to: filter.to };

  const targetOptions = [...lexicon.targets.values()].filter((x) => mentioned.has(x.id));
  const targetLabels = Object.fromEntries([...lexicon.targets.values()].map((x) => [x.id, lang === "ar" ? x.label_ar : x.label]));
  const options = pickable.items;
  const total = listed.total;
  const filterParams = { outlets: filter.outlets.join(","), targets: filter.targets.join(","), from: filter.from, to: filter.to, voice: filter.voice === "own" ? "own" : undefined, resolved: filter.resolved ? undefined : "0" };
  const detailHref = (target: string) => href("/", { ...filterParams, target }, lang, "details");
  // the default pair shares a story (a near-duplicate link of the import) when both are among the articles shown
  const pair = story && options.length <= PICKER_LIMIT && story.every((id) => options.some((o) => o.id === id)) ? story : null;

  return (
    <Shell lang={lang} path="/" query={query} current="outlets">
      <h1>{t.home.title}</h1>
      <p className="lead">{t.home.intro}</p>
      {!parsed.success && <FilterError lang={lang} issues={parsed.error.issues} />}
      {charts.length === 0 && <p className="empty">{t.home.noTargets}</p>}
      {charts.length > 0 && <Overview lang={lang} contrasts={contrasts} detailHref={detailHref} />}
      <ReportLinks
        lang={lang}
        params={filterParams}
      />
      {shown && (
        <section id="details" aria-labelledby="details-h" className="details">
          <h2 id="details-h" className="visually-hidden">
            {t.overview.detailsTitle}
          </h2>
          <nav className="target-tabs" aria-label={t.overview.tabs}>
            <ul>
              {charts.map((c) => (
                <li key={c.target}>
                  <a href={detailHref(c.target)} aria-current={c.target === shown.target ? "page" : undefined}>
                    {lang === "ar" ? c.label_ar : c.label} <span className="gloss">({c.mentions})</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <TargetSection chart={shown} lang={lang} scope={scope} />
          {heat.terms.length > 0 && (
            <section id="heatmap" aria-labelledby="heatmap-h" className="heat-section">
              <h3 id="heatmap-h">{t.heat.title}</h3>
              <p className="chart-desc">{t.heat.desc}</p>
              <Heatmap data={heat} lang={lang} scope={scope} targetLabels={targetLabels} />
            </section>
          )}
        </section>
      )}
      <CorpusSummary
        lang={lang}
        articles={total}
        totalArticles={everything.total}
        outlets={outlets.length}
        words={outlets.reduce((s, o) => s + o.words, 0)}
        lexicon={{ id: lexicon.lexicon.id, version: lexicon.lexicon.version, entries: lexicon.lexicon.entries.length }}
        problems={problems.map(problemOfImport)}
        pending={pending}
      />
      <Filters lang={lang} filter={filter} outlets={outletChoices} targets={targetOptions} />
      <section id="articles" aria-labelledby="articles-h">
        <h2 id="articles-h">{t.home.articleList}</h2>
        <ArticleList lang={lang} articles={listed.items} />
        {total > LIST_PAGE && (
          <nav className="pager" aria-label={t.home.articleList}>
            <p>{t.home.showing(first + 1, first + listed.items.length, total)}</p>
            {page > 1 && <a href={href("/", { ...filterParams, page: page - 1 }, lang, "articles")}>{t.home.previous}</a>}{" "}
            {first + LIST_PAGE < total && <a href={href("/", { ...filterParams, page: page + 1 }, lang, "articles")}>{t.home.next}</a>}
          </nav>
        )}
        <h3>{t.compare.pick}</h3>
        <ArticlePicker lang={lang} articles={options} idPrefix="home-pick" a={pair?.[0]} b={pair?.[1]} />
        {options.length >= 3 && options.length <= PICKER_LIMIT && (
          <p>
            <a href={collateHref(lang, options.map((o) => o.id))}>{t.compare.collateAll}</a>
          </p>
        )}
      </section>
    </Shell>
  );
}
