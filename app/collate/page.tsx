import type { Metadata } from "next";
import { dict, langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { storedAlignContext } from "@/lib/store/counterparts";
import { StoreErrorPage, storeForPage } from "@/app/store-page";
import { compareWithinLimits } from "@/lib/work/align";
import { CollationSwaps } from "@/components/diff/CollationSwaps";
import { CollationTable } from "@/components/diff/CollationTable";
import { DiffLegend } from "@/components/diff/DiffLegend";
import { SideHeads } from "@/components/diff/SideHeads";
import { CollatePicker, PICKER_LIMIT } from "@/components/home/ArticlePicker";
import { Shell } from "@/components/layout/Shell";
import { ReportLinks } from "@/components/ReportLinks";
import { compareHref } from "@/components/links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Collate articles" };

const MAX = 12;

export default async function CollatePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const t = dict(lang);
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={t.collate.title} path="/collate" query={query} error={opened.error} />;
  const { store, engine, version } = opened;
  const raw = query.ids;
  const ids = [...new Set((Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))].slice(0, MAX);
  const [stored, listed] = await Promise.all([
    Promise.all(ids.map((id) => store.article(version, id))),
    // one more than the picker lists: past its limit it takes typed ids
    store.articlePage(version, {}, 0, PICKER_LIMIT + 1),
  ]);
  const found = stored.flatMap((r) => r ?? []);
  const missing = ids.filter((_, i) => !stored[i]);
  const done = found.length >= 3 ? await compareWithinLimits(await storedAlignContext(store, engine, version, found.map((r) => r.analysis)), found.map((r) => r.article)) : null;
  const comparison = done && "result" in done ? done.result : null;
  const options = listed.items;

  return (
    <Shell lang={lang} path="/collate" query={query} current="collate">
      <h1>{t.collate.title}</h1>
      <p className="lead">{t.collate.intro}</p>
      <CollatePicker lang={lang} articles={options} ids={ids} />
      {missing.map((id) => (
        <p className="error" role="alert" key={id}>
          {t.compare.notFound(id)}
        </p>
      ))}
      {comparison && <ReportLinks lang={lang} params={{ ids: found.map((r) => r.article.id).join(",") }} />}
      {done && "refused" in done && (
        <p className="error" role="alert" data-testid="compare-refused">
          {t.compare.refused}: {done.refused.message}
        </p>
      )}
      {!done && (
        <p className="empty">
          {t.collate.needThree}
          {found.length === 2 && (
            <>
              {" "}
              <a href={compareHref(lang, found[0]!.article.id, found[1]!.article.id)}>{t.nav.articles}</a>
            </>
          )}
        </p>
      )}
      {comparison?.collation && (
        <>
          <SideHeads views={comparison.views} lang={lang} />
          <section aria-labelledby="swaps-h">
            <h2 id="swaps-h">{t.compare.swaps}</h2>
            <CollationSwaps views={comparison.views} collation={comparison.collation} lang={lang} />
          </section>
          <section aria-labelledby="rows-h">
            <h2 id="rows-h">{t.collate.rows}</h2>
            <DiffLegend lang={lang} collation />
            <CollationTable views={comparison.views} collation={comparison.collation} lang={lang} />
          </section>
        </>
      )}
    </Shell>
  );
}
