import { dict, signed, type Lang } from "@/messages/ui";
import type { ArticleView } from "@/lib/report/article-view";
import { THIN_N, valenceIcon } from "../valence";

/** The article's framing at a glance: per target, the mentions by voice, the names used and the own-voice stance with its n. */
export function FramingPanel({ view, lang, headingLevel = 2, id = "framing" }: { view: ArticleView; lang: Lang; headingLevel?: 2 | 3; id?: string }) {
  const t = dict(lang);
  const H = headingLevel === 2 ? "h2" : "h3";
  const label = (target: string) => {
    const e = Object.values(view.entries).find((x) => x.target === target);
    return e ? (lang === "ar" ? e.targetLabelAr : e.targetLabel) : target;
  };
  return (
    <section className="framing-panel" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{t.reader.summary}</H>
      {view.targets.length === 0 ? (
        <p className="empty">{t.reader.noMatches}</p>
      ) : (
        <ul className="summary-list" data-testid="framing-summary">
          {view.targets.map((s) => (
            <li key={s.target} data-target={s.target}>
              <strong>{label(s.target)}</strong> — {t.target.mentions(s.mentions)}
              <br />
              <span className="gloss">
                {t.voice.author} {s.voices.author} · {t.voice.quoted} {s.voices.quoted} · {t.voice.attributed} {s.voices.attributed}
                {s.scare_quoted > 0 ? ` · ${t.scareQuoted} ${s.scare_quoted}` : ""}
              </span>
              {s.naming.length > 0 && (
                <>
                  <br />
                  {t.reader.namings}:
                  <ul>
                    {s.naming.map((n) => (
                      <li key={n.term}>
                        <bdi lang="ar" className="ar">
                          {view.entries[n.term]?.forms[0] ?? n.term}
                        </bdi>{" "}
                        <span aria-hidden="true" className="legend-icon">
                          {valenceIcon(view.entries[n.term]?.valence ?? 0)}
                        </span>
                        <span dir="ltr" className="figures">
                          {t.target.shareCount(n.share, n.count)}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {t.reader.stance}:{" "}
              {s.stance.mean === null ? (
                <em>{t.target.noOwn}</em>
              ) : (
                <span dir="ltr" className="figures">
                  <strong>{signed(s.stance.mean, 2)}</strong> [{signed(s.stance.low ?? 0, 2)}, {signed(s.stance.high ?? 0, 2)}],{" "}
                  <strong className={s.stance.n < THIN_N ? "thin-n" : undefined}>{t.target.nEq(s.stance.n)}</strong>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
