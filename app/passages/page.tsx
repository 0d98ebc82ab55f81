import type { Metadata } from "next";
import { dict, langOf, type Lang } from "@/messages/ui";
import { parseFilter, type Query } from "@/app/filters";
import { CorpusFilterSchema } from "@/lib/analysis/filter";
import { termInfo } from "@/lib/report/charts";
import { Shell } from "@/components/layout/Shell";
import { PassageList } from "@/components/passages/PassageList";
import { Gloss } from "@/components/Gloss";
import { href } from "@/components/links";
import { FilterError } from "@/components/home/FilterError";
import { StoreErrorPage, storeForPage } from "@/app/store-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Passages" };

/** Passages per page: the page is this long whatever the corpus; the rest is a link away. */
const LIMIT = 100;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function PassagesPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang: Lang = langOf(query);
  const t = dict(lang);
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={t.passages.title} path="/passages" query={query} error={opened.error} />;
  const { store, engine, version } = opened;
  const { lexicon } = engine;
  const q = { outlet: one(query.outlet), target: one(query.target), term: one(query.term), voice: one(query.voice) === "own" ? ("own" as const) : ("all" as const) };
  // the date range of the comparison the passages came from, when it had one
  const dates = parseFilter({ from: query.from, to: query.to });
  const filter = dates.success ? dates.data : CorpusFilterSchema.parse({});
  const page = Math.max(1, Number(one(query.page)) || 1);
  const first = (page - 1) * LIMIT;
  const found = await store.passages(version, { outlets: q.outlet ? [q.outlet] : undefined, from: filter.from, to: filter.to, target: q.target, term: q.term, voice: q.voice }, LIMIT, first);
  const pageHref = (n: number) => href("/passages", { outlet: q.outlet, target: q.target, term: q.term, voice: q.voice === "own" ? "own" : undefined, from: filter.from, to: filter.to, page: n }, lang);

  const target = q.target ? lexicon.targets.get(q.target) : undefined;
  const term = q.term ? termInfo(lexicon, q.term) : undefined;
  const back = href("/", { voice: q.voice === "own" ? "own" : undefined, from: filter.from, to: filter.to }, lang, q.target ? `target-${q.target}` : undefined);

  return (
    <Shell lang={lang} path="/passages" query={query} current={null}>
      <h1>{t.passages.title}</h1>
      {!dates.success && <FilterError lang={lang} issues={dates.error.issues} />}
      <dl className="query-list" aria-label={t.passages.query}>
        <div>
          <dt>{t.target.outlet}</dt>
          <dd>{q.outlet ? <bdi lang="ar" className="ar">{q.outlet}</bdi> : t.passages.all}</dd>
        </div>
        <div>
          <dt>{t.reader.target}</dt>
          <dd>{target ? (lang === "ar" ? target.label_ar : target.label) : (q.target ?? t.passages.all)}</dd>
        </div>
        <div>
          <dt>{t.target.term}</dt>
          <dd>
            {term ? (
              <>
                <bdi lang="ar" className="ar">
                  {term.form}
                </bdi>{" "}
                <Gloss text={term.gloss} parens />
              </>
            ) : (
              t.passages.all
            )}
          </dd>
        </div>
        <div>
          <dt>{t.filters.voice}</dt>
          <dd>{q.voice === "own" ? t.filters.voiceOwn : t.filters.voiceAll}</dd>
        </div>
        {(filter.from || filter.to) && (
          <div>
            <dt>{t.reader.date}</dt>
            <dd dir="ltr">
              {filter.from ?? "…"} – {filter.to ?? "…"}
            </dd>
          </div>
        )}
      </dl>
      <p>
        <strong data-testid="passage-count">{t.passages.count(found.length)}</strong>
        {found.length >= LIMIT && page === 1 ? ` ${t.passages.limited(LIMIT)}` : ""} · <a href={back}>{t.passages.back}</a>
      </p>
      {(page > 1 || found.length >= LIMIT) && (
        <nav className="pager" aria-label={t.passages.title}>
          {found.length > 0 && <p>{t.passages.range(first + 1, first + found.length)}</p>}
          {page > 1 && <a href={pageHref(page - 1)}>{t.passages.previous}</a>}{" "}
          {found.length >= LIMIT && <a href={pageHref(page + 1)}>{t.passages.next}</a>}
        </nav>
      )}
      {found.length === 0 ? <p className="empty">{t.passages.none}</p> : <PassageList lang={lang} passages={found} />}
    </Shell>
  );
}
