import { dict, type Lang } from "@/messages/ui";

export interface ArticleOption {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly date: string | null;
}

// option text cannot hold elements: isolate the date (U+2066…U+2069) so an Arabic line does not reorder it
const optionLabel = (a: ArticleOption) => `${a.outlet} — ${a.title}${a.date ? ` · \u2066${a.date}\u2069` : ""}`;

/** Past this many articles, pickers take ids typed in: thousands of options would make every page megabytes long. */
export const PICKER_LIMIT = 200;

/** Two selects of corpus articles (id fields for a large corpus): a GET form to /compare?a=…&b=…. */
export function ArticlePicker({ lang, articles, a, b, idPrefix = "pick" }: { lang: Lang; articles: readonly ArticleOption[]; a?: string; b?: string; idPrefix?: string }) {
  const t = dict(lang).compare;
  if (articles.length > PICKER_LIMIT) {
    return (
      <form className="picker" method="get" action="/compare" aria-label={t.pick}>
        {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
        {(["a", "b"] as const).map((side) => (
          <div className="field" key={side}>
            <label htmlFor={`${idPrefix}-${side}`}>{side === "a" ? t.a : t.b}</label>
            <input id={`${idPrefix}-${side}`} name={side} defaultValue={(side === "a" ? a : b) ?? ""} dir="auto" aria-describedby={`${idPrefix}-hint`} />
          </div>
        ))}
        <p className="hint" id={`${idPrefix}-hint`}>
          {t.idHint}
        </p>
        <button type="submit">{t.submit}</button>
      </form>
    );
  }
  return (
    <form className="picker" method="get" action="/compare" aria-label={t.pick}>
      {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
      {(["a", "b"] as const).map((side) => (
        <div className="field" key={side}>
          <label htmlFor={`${idPrefix}-${side}`}>{side === "a" ? t.a : t.b}</label>
          <select id={`${idPrefix}-${side}`} name={side} defaultValue={(side === "a" ? a : b) ?? articles[side === "a" ? 0 : 1]?.id} dir="auto">
            {articles.map((x) => (
              <option key={x.id} value={x.id}>
                {optionLabel(x)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit">{t.submit}</button>
    </form>
  );
}

/** Checkboxes of corpus articles: a GET form to /collate?ids=…. */
export function CollatePicker({ lang, articles, ids }: { lang: Lang; articles: readonly ArticleOption[]; ids: readonly string[] }) {
  const t = dict(lang).collate;
  if (articles.length > PICKER_LIMIT) {
    return (
      <form className="picker" method="get" action="/collate">
        {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
        <div className="field">
          <label htmlFor="collate-ids">{t.pick}</label>
          <input id="collate-ids" name="ids" defaultValue={ids.join(",")} dir="auto" aria-describedby="collate-ids-hint" />
        </div>
        <p className="hint" id="collate-ids-hint">
          {t.idsHint}
        </p>
        <button type="submit">{t.submit}</button>
      </form>
    );
  }
  return (
    <form className="picker" method="get" action="/collate">
      {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
      <fieldset>
        <legend>{t.pick}</legend>
        {articles.map((x, k) => (
          <div className="check" key={x.id}>
            <input type="checkbox" id={`collate-${k}`} name="ids" value={x.id} defaultChecked={ids.includes(x.id)} />
            <label htmlFor={`collate-${k}`} dir="auto">
              {optionLabel(x)}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{t.submit}</button>
    </form>
  );
}
