import { href } from "@/components/links";
import { kwicParts, type Candidate } from "@/lib/discovery";
import { CATEGORIES, type Target } from "@/lib/lexicon/schema";
import { discoverDict } from "@/messages/discover";
import type { Lang } from "@/messages/lang";
import { signed } from "@/messages/ui";

const VALENCES = [-2, -1, 0, 1, 2] as const;

interface CardProps {
  readonly lang: Lang;
  readonly candidate: Candidate;
  readonly bodies: ReadonlyMap<string, string>;
  /** The target on screen: the default of the acceptance form. */
  readonly target: string;
  readonly targets: readonly Target[];
  readonly reviewable: boolean;
}

/** A keyword-in-context line on the original text: the candidate and the name it stands by are marked. */
function Kwic({ body, occurrence }: { body: string; occurrence: Candidate["kwic"][number] }) {
  return (
    <li lang="ar" dir="rtl" className="kwic-line">
      {kwicParts(body, occurrence).map((p, i) =>
        p.mark === null ? (
          <span key={i}>{p.text}</span>
        ) : (
          <mark key={i} className={`kwic-${p.mark}`}>
            {p.text}
          </mark>
        ),
      )}
    </li>
  );
}

/** One candidate: its spellings as written, how distinctive it is, examples, and the review forms. */
export function CandidateCard({ lang, candidate: c, bodies, target, targets, reviewable }: CardProps) {
  const d = discoverDict(lang);
  const action = href("/api/discover", { view: target }, lang);
  const phrase = c.spellings[0]!.text;
  return (
    <li className="candidate" data-testid="candidate" data-key={c.key}>
      <p className="candidate-head">
        <span lang="ar" dir="rtl" className="ar candidate-spellings">
          {c.spellings.map((s, i) => (
            <span key={s.text}>
              {i > 0 && "، "}
              <bdi>{s.text}</bdi> <span className="hint">×{s.count}</span>
            </span>
          ))}
        </span>{" "}
        <span className="hint">({c.side === "before" ? d.before : d.after})</span>
      </p>
      <dl className="candidate-stats">
        <div>
          <dt>{d.count}</dt>
          <dd>{c.count}</dd>
        </div>
        <div>
          <dt>{d.elsewhere}</dt>
          <dd>{c.elsewhere}</dd>
        </div>
        <div>
          <dt>{d.g2}</dt>
          <dd dir="ltr">{signed(c.g2, 2)}</dd>
        </div>
        <div>
          <dt>{d.p}</dt>
          <dd dir="ltr">{c.p < 0.001 ? "<0.001" : c.p.toFixed(3)}</dd>
        </div>
      </dl>
      <h3 className="visually-hidden">{d.examples}</h3>
      <ul className="kwic">
        {c.kwic.map((k) => (
          <Kwic key={`${k.article}:${k.start}`} body={bodies.get(k.article) ?? ""} occurrence={k} />
        ))}
      </ul>
      {reviewable && (
        <div className="review-forms">
          <details>
            <summary>{d.accept}</summary>
            <form method="post" action={action} className="accept-form" data-testid="accept-form">
              <input type="hidden" name="action" value="accept" />
              <label>
                {d.phrase}
                <input name="phrase" defaultValue={phrase} required lang="ar" dir="rtl" />
              </label>
              <label>
                {d.target}
                <select name="target" defaultValue={target}>
                  {targets.map((t) => (
                    <option key={t.id} value={t.id}>
                      {lang === "ar" ? t.label_ar : t.label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {d.category}
                <select name="category" defaultValue="pejorative">
                  {CATEGORIES.map((cat) => (
                    <option key={cat} value={cat}>
                      {cat}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {d.valence}
                <select name="valence" defaultValue="0">
                  {VALENCES.map((v) => (
                    <option key={v} value={v}>
                      {signed(v)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {d.gloss}
                <input name="gloss" required dir="ltr" lang="en" />
              </label>
              <label>
                {d.rationale}
                <textarea name="rationale" required rows={2} />
              </label>
              <button type="submit">{d.acceptButton}</button>
            </form>
          </details>
          <form method="post" action={action} className="reject-form" data-testid="reject-form">
            <input type="hidden" name="action" value="reject" />
            <input type="hidden" name="phrase" value={c.key} />
            <input type="hidden" name="target" value={target} />
            <button type="submit" className="secondary">
              {d.reject}
            </button>
          </form>
        </div>
      )}
    </li>
  );
}
