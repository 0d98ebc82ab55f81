import { dict, type Lang } from "@/messages/ui";
import type { FileProblem } from "@/lib/io/files";

interface CorpusSummaryProps {
  readonly lang: Lang;
  readonly articles: number;
  readonly totalArticles: number;
  readonly outlets: number;
  readonly words: number;
  readonly lexicon: { readonly id: string; readonly version: string; readonly entries: number };
  readonly problems: readonly FileProblem[];
  /** Stored articles still waiting for their analysis. */
  readonly pending?: number;
}

/** What the numbers rest on: how many articles, outlets and words, which lexicon, and the files left out. */
export function CorpusSummary({ lang, articles, totalArticles, outlets, words, lexicon, problems, pending = 0 }: CorpusSummaryProps) {
  const t = dict(lang).home;
  return (
    <section className="corpus-summary" aria-labelledby="corpus-h">
      <h2 id="corpus-h">{t.corpus}</h2>
      <dl className="stats" data-testid="corpus-summary">
        <div>
          <dt>{t.articles}</dt>
          <dd data-testid="summary-articles">{articles}</dd>
        </div>
        <div>
          <dt>{t.outlets}</dt>
          <dd data-testid="summary-outlets">{outlets}</dd>
        </div>
        <div>
          <dt>{t.words}</dt>
          <dd data-testid="summary-words">{words.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>{t.lexicon}</dt>
          <dd data-testid="summary-lexicon">
            <code>{lexicon.id}</code> v{lexicon.version} · {t.entries(lexicon.entries)}
          </dd>
        </div>
      </dl>
      {articles !== totalArticles && <p>{t.shownOf(articles, totalArticles)}</p>}
      {pending > 0 && (
        <p role="status" data-testid="summary-pending">
          {t.analysing(pending)}
        </p>
      )}
      {problems.length > 0 && (
        <div className="problems" role="status">
          <h3>{t.problems}</h3>
          <ul>
            {problems.map((p, k) => (
              <li key={k}>
                <code dir="ltr">{p.path}</code>: {p.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
