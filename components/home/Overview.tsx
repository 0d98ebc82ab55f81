import { dict, signed, type Lang } from "@/messages/ui";
import type { NameUse, OutletNaming, OutletStance, TargetContrast } from "@/lib/report/overview";
import { valenceIcon, valenceKey } from "../valence";

/** Targets shown as cards; the rest are listed as links to their charts. */
const CARDS = 6;

const Outlet = ({ name }: { name: string }) => (
  <bdi lang="ar" className="ar overview-outlet">
    {name}
  </bdi>
);

function Names({ side, lang }: { side: OutletNaming; lang: Lang }) {
  return (
    <li>
      <Outlet name={side.outlet} />{" "}
      {side.names.map((n: NameUse) => (
        <span key={n.term} className="overview-name">
          <mark className={`val-${valenceKey(n.valence)}`}>
            <bdi lang="ar" dir="rtl">
              {n.form}
            </bdi>
          </mark>
          <span aria-hidden="true"> {valenceIcon(n.valence)}</span> {Math.round(n.share * 100)}
          {lang === "ar" ? "٪" : "%"}
        </span>
      ))}
    </li>
  );
}

const Stance = ({ s }: { s: OutletStance }) => (
  <li>
    <Outlet name={s.outlet} /> <span dir="ltr" className={`stance-value ${s.mean < 0 ? "neg" : s.mean > 0 ? "pos" : "zero"}`}>{signed(s.mean, 1)}</span> <span className="gloss">(n = {s.n})</span>
  </li>
);

/** The one-screen answer: per target, the outlets that differ most in naming and stance, with the names they use. */
export function Overview({ lang, contrasts, detailHref }: { lang: Lang; contrasts: readonly TargetContrast[]; detailHref: (target: string) => string }) {
  const t = dict(lang).overview;
  const label = (c: TargetContrast) => (lang === "ar" ? c.label_ar : c.label);
  const cards = contrasts.slice(0, CARDS);
  const others = contrasts.slice(CARDS);
  return (
    <section className="overview" aria-labelledby="overview-h" data-testid="overview">
      <h2 id="overview-h">{t.title}</h2>
      <p className="chart-desc">{t.intro}</p>
      <ol className="overview-cards">
        {cards.map((c) => (
          <li key={c.target} className="overview-card" data-testid={`overview-${c.target}`}>
            <h3>
              <a href={detailHref(c.target)}>{label(c)}</a> <span className="gloss">({c.mentions})</span>
            </h3>
            <p className="overview-kind">
              {t.names}
              {c.naming && c.naming.distance > 0 ? ` · ${t.differ(Math.round(c.naming.distance * 100))}` : ""}
            </p>
            {c.naming && c.naming.distance > 0 ? (
              <ul className="overview-list">
                <Names side={c.naming.a} lang={lang} />
                <Names side={c.naming.b} lang={lang} />
              </ul>
            ) : (
              <p className="gloss">{c.naming ? t.sameNames : t.oneOutlet}</p>
            )}
            <p className="overview-kind">
              {t.stance}
              {c.stance ? ` · ${t.gap(signed(c.stance.gap, 1).replace("+", ""))}` : ""}
            </p>
            {c.stance ? (
              <ul className="overview-list">
                <Stance s={c.stance.high} />
                <Stance s={c.stance.low} />
              </ul>
            ) : (
              <p className="gloss">{t.noStance}</p>
            )}
          </li>
        ))}
      </ol>
      {others.length > 0 && (
        <p>
          {t.others}:{" "}
          {others.map((c, k) => (
            <span key={c.target}>
              {k > 0 ? (lang === "ar" ? "، " : ", ") : ""}
              <a href={detailHref(c.target)}>{label(c)}</a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
