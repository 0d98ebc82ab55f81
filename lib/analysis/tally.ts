import type { CompiledLexicon } from "../lexicon/compile";
import { VOICES, type Voice } from "../voice";
import type { Match } from "./analyze-text";
import { stanceFromSum, type Stance } from "./stance";

/** Which mentions count in mentions, density and naming: every voice, or the outlet's own words only. */
export type VoiceFilter = "all" | "own";
export const VOICE_FILTERS = ["all", "own"] as const satisfies readonly VoiceFilter[];

export interface ScoreOptions {
  readonly voice: VoiceFilter;
}

export const DEFAULT_SCORE_OPTIONS: ScoreOptions = { voice: "all" };

export interface NamingShare {
  readonly term: string;
  readonly count: number;
  readonly share: number;
}

export interface TargetScore {
  readonly target: string;
  /** Mentions counted under the voice filter. */
  readonly mentions: number;
  /** Of those, mentions with a non-zero valence. */
  readonly loaded: number;
  /** Loaded mentions per 1,000 words of the group. */
  readonly density: number;
  /** Own-voice valence, scare-quoted mentions excluded; see stance.ts. */
  readonly stance: Stance;
  /** How the target is named, as shares of the naming entries' mentions. */
  readonly naming: readonly NamingShare[];
  /** Every mention, split by voice (not filtered). */
  readonly voices: Readonly<Record<Voice, number>>;
  readonly scare_quoted: number;
}

type PerFilter = Record<VoiceFilter, number>;

/**
 * The additive counts behind one target's score, under both voice filters at
 * once: sums of these over articles are the counts of the group, which is how
 * the store aggregates outlets in SQL (one row per article and target).
 */
export interface TargetCounts {
  target: string;
  mentions: PerFilter;
  loaded: PerFilter;
  stanceSum: number;
  stanceN: number;
  scareQuoted: number;
  voices: Record<Voice, number>;
  /** Mentions of naming entries, by entry id. */
  naming: Map<string, PerFilter>;
}

const zeroVoices = (): Record<Voice, number> => Object.fromEntries(VOICES.map((v) => [v, 0])) as Record<Voice, number>;
const newCounts = (target: string): TargetCounts => ({
  target,
  mentions: { all: 0, own: 0 },
  loaded: { all: 0, own: 0 },
  stanceSum: 0,
  stanceN: 0,
  scareQuoted: 0,
  voices: zeroVoices(),
  naming: new Map(),
});

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

function addMatch(lexicon: CompiledLexicon, t: TargetCounts, m: Match): void {
  t.voices[m.voice] += 1;
  if (m.scare_quoted) t.scareQuoted += 1;
  const own = m.voice === "author";
  if (own && !m.scare_quoted) {
    t.stanceSum += m.valence;
    t.stanceN += 1;
  }
  const naming = lexicon.entries.get(m.term)?.naming;
  for (const filter of VOICE_FILTERS) {
    if (filter === "own" && !own) continue;
    t.mentions[filter] += 1;
    if (m.valence !== 0) t.loaded[filter] += 1;
    if (!naming) continue;
    let n = t.naming.get(m.term);
    if (!n) t.naming.set(m.term, (n = { all: 0, own: 0 }));
    n[filter] += 1;
  }
}

/** Targets in the lexicon's order. */
function byLexiconOrder<T extends { target: string }>(lexicon: CompiledLexicon, items: Iterable<T>): T[] {
  const order = [...lexicon.targets.keys()];
  return [...items].sort((a, b) => order.indexOf(a.target) - order.indexOf(b.target));
}

/** The score of one target from its counts over `words` words, under one voice filter. */
export function scoreTarget(counts: TargetCounts, words: number, voice: VoiceFilter): TargetScore {
  const naming = [...counts.naming.entries()].map(([term, n]) => [term, n[voice]] as const).filter(([, n]) => n > 0);
  const named = naming.reduce((a, [, n]) => a + n, 0);
  return {
    target: counts.target,
    mentions: counts.mentions[voice],
    loaded: counts.loaded[voice],
    density: words > 0 ? round((counts.loaded[voice] * 1000) / words, 2) : 0,
    stance: stanceFromSum(counts.stanceSum, counts.stanceN),
    naming: naming.sort(([ta, a], [tb, b]) => b - a || ta.localeCompare(tb)).map(([term, count]) => ({ term, count, share: round(count / named, 4) })),
    voices: { ...counts.voices },
    scare_quoted: counts.scareQuoted,
  };
}

/** Scores per target, in the lexicon's order of targets. */
export const scoreTargets = (lexicon: CompiledLexicon, counts: Iterable<TargetCounts>, words: number, voice: VoiceFilter): TargetScore[] =>
  byLexiconOrder(lexicon, counts).map((c) => scoreTarget(c, words, voice));

/**
 * Running totals for a group of texts (one article, one outlet): memory grows
 * with the number of targets and terms, never with the amount of text.
 */
export class Tally {
  words = 0;
  texts = 0;
  private readonly targets = new Map<string, TargetCounts>();

  constructor(
    private readonly lexicon: CompiledLexicon,
    readonly options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
  ) {}

  add(text: { readonly words: number; readonly matches: readonly Match[] }): this {
    this.words += text.words;
    this.texts += 1;
    for (const m of text.matches) {
      let t = this.targets.get(m.target);
      if (!t) this.targets.set(m.target, (t = newCounts(m.target)));
      addMatch(this.lexicon, t, m);
    }
    return this;
  }

  /** The additive counts per target (targets never mentioned are left out). */
  counts(): TargetCounts[] {
    return byLexiconOrder(this.lexicon, this.targets.values());
  }

  /** Scores per target, in the lexicon's order of targets; targets never mentioned are left out. */
  scores(): TargetScore[] {
    return scoreTargets(this.lexicon, this.targets.values(), this.words, this.options.voice);
  }
}
