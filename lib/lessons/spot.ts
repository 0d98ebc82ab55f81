import type { Match } from "../analysis/analyze-text";

/**
 * "Spot the framing": a student taps the words they think are loaded and
 * says toward whom; the lexicon's matches are the key. Pure, so the
 * browser scores the attempt itself and nothing is sent anywhere.
 */
export interface Pick {
  /** Offset of a tapped word in the body (its token start). */
  readonly start: number;
  readonly end: number;
  /** The target the student says the word frames, if any. */
  readonly target?: string;
}

export interface SpotResult {
  readonly found: readonly { readonly match: Match; readonly pick: Pick; readonly targetRight: boolean }[];
  readonly missed: readonly Match[];
  /** Picks on a neutral naming (حفتر, هجوم حفتر): a name, not a loaded word; not scored either way. */
  readonly neutral: readonly { readonly match: Match; readonly pick: Pick }[];
  readonly extra: readonly Pick[];
  /** Found over all key matches, 0..1. */
  readonly recall: number;
  /** Picks that hit a match over all picks, 0..1. */
  readonly precision: number;
}

const overlaps = (m: Match, p: Pick) => p.start < m.token_end && p.end > m.token_start;

/**
 * Scores picks against the loaded matches (non-zero valence) of the lesson's
 * targets; each match is found at most once.
 */
export function scoreSpotting(matches: readonly Match[], picks: readonly Pick[], targets: readonly string[]): SpotResult {
  const ofTargets = matches.filter((m) => targets.length === 0 || targets.includes(m.target));
  const key = ofTargets.filter((m) => m.valence !== 0);
  const names = ofTargets.filter((m) => m.valence === 0);
  const found: { match: Match; pick: Pick; targetRight: boolean }[] = [];
  const neutral: { match: Match; pick: Pick }[] = [];
  const extra: Pick[] = [];
  const used = new Set<Match>();
  for (const pick of picks) {
    // a word may sit in nested layers (اللواء المتقاعد inside قوات اللواء المتقاعد خليفة حفتر): the layer
    // toward the target the student named, else the innermost
    const under = key.filter((m) => !used.has(m) && overlaps(m, pick));
    const match = under.find((m) => m.target === pick.target) ?? under.sort((a, b) => a.token_end - a.token_start - (b.token_end - b.token_start))[0];
    const name = names.find((m) => overlaps(m, pick));
    if (match) {
      used.add(match);
      found.push({ match, pick, targetRight: pick.target === match.target });
    } else if (name) {
      neutral.push({ match: name, pick });
    } else if (!key.some((m) => overlaps(m, pick))) {
      extra.push(pick);
    }
  }
  return {
    found,
    missed: key.filter((m) => !used.has(m)),
    neutral,
    extra,
    recall: key.length ? found.length / key.length : 1,
    precision: picks.length ? found.length / picks.length : 0,
  };
}

/** The attempt as CSV rows, for the teacher (exported from the student's browser). */
export function spottingCsv(article: string, result: SpotResult, body: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = [
    "article,outcome,text,term,target,student_target",
    ...result.found.map((f) => [article, "found", q(f.match.text), f.match.term, f.match.target, f.pick.target ?? ""].join(",")),
    ...result.missed.map((m) => [article, "missed", q(m.text), m.term, m.target, ""].join(",")),
    ...result.neutral.map((n) => [article, "neutral", q(n.match.text), n.match.term, n.match.target, n.pick.target ?? ""].join(",")),
    ...result.extra.map((p) => [article, "extra", q(body.slice(p.start, p.end)), "", "", p.target ?? ""].join(",")),
  ];
  return `${rows.join("\n")}\n`;
}
