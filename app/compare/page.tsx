import type { Metadata } from "next";
import { dict, langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { storedAlignContext } from "@/lib/store/counterparts";
import { StoreErrorPage, storeForPage } from "@/app/store-page";
import { compareWithinLimits } from "@/lib/work/align";
import { DiffLegend } from "@/components/diff/DiffLegend";
import { DiffTable } from "@/components/diff/DiffTable";
import { SideHeads } from "@/components/diff/SideHeads";
import { SwapSummary } from "@/components/diff/SwapSummary";
import { ArticlePicker, PICKER_LIMIT } from "@/components/home/ArticlePicker";
import { Shell } from "@/components/layout/Shell";
import { collateHref } from "@/components/links";
import { ReportLinks } from "@/components/ReportLinks";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare articles" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function ComparePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const t = dict(lang);
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={t.compare.title} path="/compare" query={query} error={opened.error} />;
  const { store, engine, version } = opened;
  const [aId, bId] = [one(query.a), one(query.b)];
  const [a, b, listed] = await Promise.all([
    aId ? store.article(version, aId) : null,
    bId ? store.article(version, bId) : null,
    // one more than the picker lists: past its limit it takes typed ids
    store.articlePage(version, {}, 0, PICKER_LIMIT + 1),
  ]);
  const missing = [aId && !a ? aId : null, bId && !b ? bId : null].filter((x): x is string => x !== null);
  const done = a && b ? await compareWithinLimits(await storedAlignContext(store, engine, version, [a.analysis, b.analysis]), [a.article, b.article]) : null;
  const comparison = done && "result" in done ? done.result : null;
  const options = listed.items;

  return (
    <Shell lang={lang} path="/compare" query={query} current="articles">
      <h1>{t.compare.title}</h1>
      <p className="lead">{t.compare.intro}</p>
      <ArticlePicker lang={lang} articles={options} a={aId} b={bId} />
      <p>
        {options.length <= PICKER_LIMIT && <a href={collateHref(lang, options.map((o) => o.id))}>{t.compare.collateAll}</a>}
      </p>
      {missing.map((id) => (
        <p className="error" role="alert" key={id}>
          {t.compare.notFound(id)}
        </p>
      ))}
      {done && "refused" in done && (
        <p className="error" role="alert" data-testid="compare-refused">
          {t.compare.refused}: {done.refused.message}
        </p>
      )}
      {!done && missing.length === 0 && <p className="empty">{t.compare.choose}</p>}
      {comparison && <ReportLinks lang={lang} params={{ ids: [aId, bId].join(",") }} />}
      {comparison?.diff && (
        <>
          <SideHeads views={comparison.views} lang={lang} />
          <SwapSummary swaps={comparison.diff.swaps} entries={{ ...comparison.views[1]!.entries, ...comparison.views[0]!.entries }} lang={lang} anchorOf={(k) => `pair-${k}`} />
          <section aria-labelledby="pairs-h">
            <h2 id="pairs-h">{t.compare.pairs}</h2>
            <p>
              {t.compare.aligned(
                comparison.diff.pairs.filter((p) => p.a !== null && p.b !== null).length,
                comparison.diff.pairs.filter((p) => p.b === null).length,
                comparison.diff.pairs.filter((p) => p.a === null).length,
              )}
            </p>
            <DiffLegend lang={lang} />
            <DiffTable a={comparison.views[0]!} b={comparison.views[1]!} diff={comparison.diff} lang={lang} />
          </section>
        </>
      )}
    </Shell>
  );
}
