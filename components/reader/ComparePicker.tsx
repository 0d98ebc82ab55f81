import { dict, type Lang } from "@/messages/ui";
import { PICKER_LIMIT, type ArticleOption } from "@/components/home/ArticlePicker";

// option text cannot hold elements: isolate the date (U+2066…U+2069) so an Arabic line does not reorder it
const label = (a: ArticleOption) => `${a.outlet} — ${a.title}${a.date ? ` · \u2066${a.date}\u2069` : ""}`;

/**
 * "Compare with…" under an article: a GET form to /compare?a=ID&b=…. A small
 * corpus lists every other article; a large one takes a typed id, with the
 * same-story articles (near duplicates) suggested: never one option per article.
 */
export function ComparePicker({ lang, id, others, suggestions }: { lang: Lang; id: string; others: readonly ArticleOption[] | null; suggestions: readonly ArticleOption[] }) {
  const t = dict(lang);
  const listed = others !== null && others.length <= PICKER_LIMIT;
  return (
    <form className="picker" method="get" action="/compare" aria-label={t.reader.compareWith}>
      {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
      <input type="hidden" name="a" value={id} />
      <div className="field">
        <label htmlFor="compare-b">{t.reader.compareWith}</label>
        {listed ? (
          <select id="compare-b" name="b" dir="auto" defaultValue={suggestions[0]?.id}>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {label(a)}
              </option>
            ))}
          </select>
        ) : (
          <>
            <input id="compare-b" name="b" dir="auto" list="compare-b-same-story" required aria-describedby="compare-b-hint" />
            <datalist id="compare-b-same-story">
              {suggestions.map((a) => (
                <option key={a.id} value={a.id} label={label(a)} />
              ))}
            </datalist>
            <p className="hint" id="compare-b-hint">
              {t.compare.idHint}
            </p>
          </>
        )}
      </div>
      <button type="submit">{t.reader.compare}</button>
    </form>
  );
}
