import { dict, signed, type Lang } from "@/messages/ui";
import { valenceIcon, valenceKey } from "../valence";

/** What the reader's marks mean: valence by colour, underline and icon; voices by tint and side rule. */
export function Legend({ lang, headingLevel = 2 }: { lang: Lang; headingLevel?: 2 | 3 }) {
  const t = dict(lang);
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="legend" aria-label={t.reader.legend}>
      <H>{t.reader.legend}</H>
      <p className="hint">{t.reader.matchHelp}</p>
      <Sub className="legend-h">{t.reader.valence}</Sub>
      <ul className="legend-list">
        {[2, 1, 0, -1, -2].map((v) => (
          <li key={v}>
            <mark className={`legend-sample val-${valenceKey(v)}`} lang="ar">
              لفظ
            </mark>
            <span className={`val-icon ${v < 0 ? "neg" : v > 0 ? "pos" : "zero"}`} aria-hidden="true">
              {valenceIcon(v)}
            </span>{" "}
            {signed(v)} {t.valence[String(v)]}
          </li>
        ))}
      </ul>
      <Sub className="legend-h">{t.reader.voices}</Sub>
      <ul className="legend-list">
        <li>
          <span className="legend-sample voice-quoted" lang="ar">
            «قال»
          </span>{" "}
          {t.reader.legendQuoted}
        </li>
        <li>
          <span className="legend-sample voice-attributed" lang="ar">
            بحسب المصدر
          </span>{" "}
          {t.reader.legendAttributed}
        </li>
        <li>
          <span className="legend-sample" lang="ar">
            نص
          </span>{" "}
          {t.reader.legendOwn}
        </li>
        <li>
          <mark className="legend-sample val-zero scare" lang="ar">
            “لفظ”
          </mark>{" "}
          {t.reader.legendScare}
        </li>
      </ul>
    </section>
  );
}
