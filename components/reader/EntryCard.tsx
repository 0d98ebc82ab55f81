import { dict, signed, type Lang } from "@/messages/ui";
import type { Match } from "@/lib/analysis/analyze-text";
import type { EntryView } from "@/lib/report/article-view";
import { Gloss } from "../Gloss";
import { passagesHref } from "../links";
import { valenceIcon, valenceKey } from "../valence";

/** Outlets named per counterpart: every match has a card, so a corpus of many outlets must not list them all in each. */
const OUTLETS_SHOWN = 5;

interface EntryCardProps {
  readonly id: string;
  readonly match: Match;
  readonly entry: EntryView | undefined;
  readonly lang: Lang;
  /** Link to the corpus passages of the term (not on the paste page's own texts). */
  readonly corpusLinks: boolean;
  /** The words a side-switching label was resolved by, and the camp's label. */
  readonly resolution?: { readonly camp: string; readonly evidence: string | null };
}

export function VoiceLabel({ match, lang }: { match: Pick<Match, "voice" | "cue" | "scare_quoted">; lang: Lang }) {
  const t = dict(lang);
  return (
    <>
      {t.voice[match.voice]}
      {match.cue ? (
        <>
          {" "}
          ({t.cue}:{" "}
          <bdi lang="ar" className="ar">
            {match.cue}
          </bdi>
          )
        </>
      ) : null}
      {match.scare_quoted ? ` · ${t.scareQuoted}` : null}
    </>
  );
}

/** The popover card of one match: what the term is, why it is loaded, whose voice it is in, and what others call the same thing. */
export function EntryCard({ id, match, entry, lang, corpusLinks, resolution }: EntryCardProps) {
  const t = dict(lang);
  const icon = valenceIcon(match.valence);
  const tone = valenceKey(match.valence).startsWith("neg") ? "neg" : valenceKey(match.valence) === "zero" ? "zero" : "pos";
  return (
    <div popover="auto" id={id} className="entry-card" data-floating data-testid="popover" role="dialog" aria-labelledby={`${id}-title`}>
      <button type="button" className="close secondary" popoverTarget={id} popoverTargetAction="hide" aria-label={t.reader.close}>
        ×
      </button>
      <p className="entry-title" id={`${id}-title`}>
        <bdi lang="ar" dir="rtl" className="ar entry-text">
          {match.text}
        </bdi>{" "}
        <span className={`val-icon ${tone}`} aria-hidden="true">
          {icon}
        </span>
      </p>
      <dl>
        <dt>{t.reader.gloss}</dt>
        <dd className="entry-gloss">
          <Gloss text={entry?.gloss ?? ""} className="gloss-text" />
        </dd>
        <dt>{t.reader.target}</dt>
        <dd>
          {/* labels mix scripts and digits (2019–2020 offensive on Tripoli): each isolated, so bidi cannot reorder it into its neighbours */}
          <bdi data-testid="popover-target">{lang === "ar" ? entry?.targetLabelAr : entry?.targetLabel}</bdi>
          {lang === "en" && entry ? (
            <>
              {" "}
              (
              <bdi lang="ar" className="ar">
                {entry.targetLabelAr}
              </bdi>
              )
            </>
          ) : null}
        </dd>
        <dt>{t.reader.category}</dt>
        <dd>
          <bdi>{t.category[match.category]}</bdi>
        </dd>
        <dt>{t.reader.valence}</dt>
        <dd>
          <bdi dir="ltr">{signed(match.valence)}</bdi> <bdi>{t.valence[String(match.valence)]}</bdi>{" "}
          <span className={`val-icon ${tone}`} aria-hidden="true">
            {icon}
          </span>
        </dd>
        <dt>{t.reader.voice}</dt>
        <dd>
          <VoiceLabel match={match} lang={lang} />
        </dd>
        {match.resolved && (
          <>
            <dt>{t.reader.pointsAt}</dt>
            <dd data-testid="resolved">
              {match.resolved.by && resolution ? (
                <>
                  <bdi>{resolution.camp}</bdi> ({t.reader.evidence} {t.reader.resolvedBy[match.resolved.by]}:{" "}
                  <bdi lang="ar" className="ar evidence">
                    {resolution.evidence}
                  </bdi>
                  )
                </>
              ) : (
                t.reader.unresolvedLabel
              )}
            </dd>
          </>
        )}
        {match.construction && (
          <>
            <dt>{t.reader.construction}</dt>
            <dd data-testid="construction">
              <bdi lang="ar" className="ar">
                {[match.construction.noun?.text, match.construction.linker?.text, match.construction.cue?.text].filter(Boolean).join(" … ")}
              </bdi>{" "}
              (
              <bdi dir="ltr">
                {match.construction.kind}, {match.construction.composed_valence > 0 ? "+" : ""}
                {match.construction.composed_valence}
              </bdi>
              )
            </dd>
          </>
        )}
        {match.form !== match.text && (
          <>
            <dt>{t.reader.form}</dt>
            <dd>
              <bdi lang="ar" className="ar">
                {match.form}
              </bdi>
            </dd>
          </>
        )}
        <dt>{t.reader.rationale}</dt>
        <dd lang="en" dir="auto">
          {entry?.rationale ?? ""}
        </dd>
        <dt>{t.reader.counterparts}</dt>
        <dd>
          {entry && entry.counterparts.length > 0 ? (
            <ul>
              {entry.counterparts.map((c) => (
                <li key={c.term}>
                  <bdi lang="ar" className="ar">
                    {c.form}
                  </bdi>{" "}
                  <Gloss text={c.gloss} parens className="gloss-text" /> <span aria-hidden="true">{valenceIcon(c.valence)}</span> — {t.reader.usedBy}:{" "}
                  {c.outlets.length > 0 ? (
                    <>
                      {c.outlets.slice(0, OUTLETS_SHOWN).map((o, k) => (
                        <span key={o}>
                          {k > 0 ? "، " : ""}
                          <bdi lang="ar" className="ar">
                            {o}
                          </bdi>
                        </span>
                      ))}
                      {c.outlets.length > OUTLETS_SHOWN && ` ${t.reader.moreOutlets(c.outlets.length - OUTLETS_SHOWN)}`}
                    </>
                  ) : (
                    <em>{t.reader.notUsed}</em>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            t.reader.noCounterparts
          )}
        </dd>
      </dl>
      {corpusLinks && (
        <p>
          <a href={passagesHref(lang, { voice: "all" }, { term: match.term, target: match.target })}>{t.reader.passagesOfTerm}</a>
        </p>
      )}
    </div>
  );
}
