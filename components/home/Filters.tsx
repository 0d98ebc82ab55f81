import { dict, type Lang } from "@/messages/ui";
import type { CorpusFilter } from "@/lib/analysis/filter";
import { href } from "../links";

interface FiltersProps {
  readonly lang: Lang;
  readonly filter: CorpusFilter;
  readonly outlets: readonly { readonly outlet: string; readonly outlet_en: string | null }[];
  readonly targets: readonly { readonly id: string; readonly label: string; readonly label_ar: string }[];
}

/** The comparison's filters as a GET form: the state lives in the URL, so every view can be shared by link. */
export function Filters({ lang, filter, outlets, targets }: FiltersProps) {
  const t = dict(lang).filters;
  // unchecked unless chosen: "none checked means all", so a fresh form must not show every box ticked
  const on = (list: readonly string[], v: string) => list.includes(v);
  return (
    <form className="filters" method="get" action="/" aria-labelledby="filters-h">
      <h2 id="filters-h">{t.title}</h2>
      {lang === "ar" && <input type="hidden" name="lang" value="ar" />}
      <div className="filter-grid">
        <fieldset>
          <legend>{t.outlets}</legend>
          <p className="hint">{t.noneMeansAll}</p>
          {outlets.map((o, k) => (
            <div className="check" key={o.outlet}>
              <input type="checkbox" id={`f-outlet-${k}`} name="outlets" value={o.outlet} defaultChecked={on(filter.outlets, o.outlet)} />
              <label htmlFor={`f-outlet-${k}`}>
                <bdi lang="ar" className="ar">
                  {o.outlet}
                </bdi>
                {o.outlet_en && lang === "en" ? <span className="gloss"> {o.outlet_en}</span> : null}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="targets-fieldset">
          <legend>{t.targets}</legend>
          <p className="hint">{t.noneMeansAll}</p>
          <div className="check-columns">
            {targets.map((target) => (
              <div className="check" key={target.id}>
                <input type="checkbox" id={`f-target-${target.id}`} name="targets" value={target.id} defaultChecked={on(filter.targets, target.id)} />
                <label htmlFor={`f-target-${target.id}`}>{lang === "ar" ? target.label_ar : target.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{dict(lang).reader.date}</legend>
          <p className="hint" id="date-hint">
            {t.dateHint}
          </p>
          <div className="field">
            <label htmlFor="f-from">{t.from}</label>
            <input id="f-from" name="from" type="text" inputMode="numeric" pattern="\d{4}(-\d{2}(-\d{2})?)?" placeholder="YYYY" defaultValue={filter.from ?? ""} aria-describedby="date-hint" dir="ltr" />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t.to}</label>
            <input id="f-to" name="to" type="text" inputMode="numeric" pattern="\d{4}(-\d{2}(-\d{2})?)?" placeholder="YYYY-MM" defaultValue={filter.to ?? ""} aria-describedby="date-hint" dir="ltr" />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.voice}</legend>
          <div className="check">
            <input type="radio" id="f-voice-all" name="voice" value="all" defaultChecked={filter.voice === "all"} />
            <label htmlFor="f-voice-all">{t.voiceAll}</label>
          </div>
          <div className="check">
            <input type="radio" id="f-voice-own" name="voice" value="own" defaultChecked={filter.voice === "own"} />
            <label htmlFor="f-voice-own">{t.voiceOwn}</label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.labels}</legend>
          <div className="check">
            <input type="checkbox" id="f-resolved" name="resolved" value="0" defaultChecked={!filter.resolved} />
            <label htmlFor="f-resolved">{t.unresolved}</label>
          </div>
        </fieldset>
      </div>
      <div className="actions">
        <button type="submit" data-testid="filters-submit">
          {t.apply}
        </button>
        <a href={href("/", {}, lang)}>{t.reset}</a>
      </div>
    </form>
  );
}
