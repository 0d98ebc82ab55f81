import type { Metadata } from "next";
import { dict, langOf, type Lang } from "@/messages/ui";
import { parseFilter, type Query } from "@/app/filters";
import { CorpusFilterSchema, filterArticles } from "@/lib/analysis/filter";
import { getCorpus } from "@/lib/corpus/store";
import { passages } from "@/lib/report/passages";
import { termInfo } from "@/lib/report/charts";
import { Shell } from "@/components/layout/Shell";
import { PassageList } from "@/components/passages/PassageList";
import { Gloss } from "@/components/Gloss";
import { href } from "@/components/links";
import { FilterError } from "@/components/home/FilterError";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Passages" };

const LIMIT = 500;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function PassagesPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang: Lang = langOf(query);
  const t = dict(lang);
  const corpus = getCorpus();
  const { lexicon } = corpus.engine;
  const q = { outlet: one(query.outlet), target: one(query.target), term: one(query.term), voice: one(query.voice) === "own" ? ("own" as const) : ("all" as const) };
  // the date range of the comparison the passages came from, when it had one
  const dates = parseFilter({ from: query.from, to: query.to });
  const filter = dates.success ? dates.data : CorpusFilterSchema.parse({});
  const found = passages(filterArticles(corpus.results, filter), q, LIMIT);

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
        {found.length >= LIMIT ? ` ${t.passages.limited(LIMIT)}` : ""} · <a href={back}>{t.passages.back}</a>
      </p>
      {found.length === 0 ? <p className="empty">{t.passages.none}</p> : <PassageList lang={lang} passages={found} />}
    </Shell>
  );
}
