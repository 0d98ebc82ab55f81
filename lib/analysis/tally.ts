import type { CompiledLexicon } from "../lexicon/compile";
import { VOICES, type Voice } from "../voice";
import type { Match } from "./analyze-text";
import { stanceFromSum, type Stance } from "./stance";

/** Which mentions count in mentions, density and naming: every voice, or the outlet's own words only. */
export type VoiceFilter = "all" | "own";
export const VOICE_FILTERS = ["all", "own"] as const satisfies readonly VoiceFilter[];

export interface ScoreOptions {
  readonly voice: VoiceFilter;
  /** Count a side-switching label toward the camp it was resolved to (default), or leave it with its generic target. */
  readonly resolved?: boolean;
}

export const DEFAULT_SCORE_OPTIONS: ScoreOptions = { voice: "all", resolved: true };

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

/** Every voice at zero, in VOICES' order: copied by spread (one object of a known shape) rather than built from entries per target. */
const ZERO_VOICES = Object.fromEntries(VOICES.map((v) => [v, 0])) as Readonly<Record<Voice, number>>;
const zeroVoices = (): Record<Voice, number> => ({ ...ZERO_VOICES });
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

/** How one layer counts: as a mention of its target (mentions, loaded, stance, voices), and in naming shares. */
interface Counted {
  readonly mention: boolean;
  readonly naming: boolean;
}

/**
 * The counting rule of layered matches: each stretch of text counts once per
 * target. A match nested in another of the same target (تنظيم داعش in فلول
 * تنظيم داعش, حكومة الوفاق in ما يسمى بحكومة الوفاق) is not a second mention;
 * it counts only in naming shares. In naming shares, every mention counts
 * by its innermost naming of that target: the name the reader sees (داعش),
 * not the phrase around it (فلول). A match nested in another target's phrase
 * (حفتر in قوات حفتر) is a mention of its own target like any other.
 */
export function countedLayers(matches: readonly Match[], targets: readonly string[], isNaming: (m: Match) => boolean): Counted[] {
  const n = matches.length;
  const naming = new Uint8Array(n);
  const namedInside = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!isNaming(matches[i]!)) continue;
    naming[i] = 1;
    for (let p = matches[i]!.parent; p !== null; p = matches[p]!.parent) if (targets[p] === targets[i]) namedInside[p] = 1;
  }
  const out = new Array<Counted>(n);
  for (let i = 0; i < n; i++) out[i] = COUNTED[(hasSameTargetAncestor(matches, targets, i) ? 0 : 2) + (naming[i]! && !namedInside[i] ? 1 : 0)]!;
  return out;
}

/** The four ways a layer counts, shared: [mention][naming]. */
const COUNTED: readonly Counted[] = [
  { mention: false, naming: false },
  { mention: false, naming: true },
  { mention: true, naming: false },
  { mention: true, naming: true },
];

function hasSameTargetAncestor(matches: readonly Match[], targets: readonly string[], i: number): boolean {
  for (let p = matches[i]!.parent; p !== null; p = matches[p]!.parent) if (targets[p] === targets[i]) return true;
  return false;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

function addMatch(t: TargetCounts, m: Match, layer: Counted): void {
  const own = m.voice === "author";
  if (layer.naming) {
    let n = t.naming.get(m.term);
    if (!n) t.naming.set(m.term, (n = { all: 0, own: 0 }));
    n.all += 1;
    if (own) n.own += 1;
  }
  if (!layer.mention) return;
  t.voices[m.voice] += 1;
  if (m.scare_quoted) t.scareQuoted += 1;
  t.mentions.all += 1;
  if (m.valence !== 0) t.loaded.all += 1;
  if (!own) return;
  t.mentions.own += 1;
  if (m.valence !== 0) t.loaded.own += 1;
  // scare quotes keep a word out of stance, unless they were read as distancing from a legitimizing name
  if (!m.scare_quoted || m.construction?.kind === "distancing") {
    t.stanceSum += m.valence;
    t.stanceN += 1;
  }
}

/** Each target's place in the lexicon, worked out once per compiled lexicon (every analysed record sorts its counts by it). */
const targetRanks = new WeakMap<CompiledLexicon, ReadonlyMap<string, number>>();

function rankOf(lexicon: CompiledLexicon): ReadonlyMap<string, number> {
  let ranks = targetRanks.get(lexicon);
  if (!ranks) targetRanks.set(lexicon, (ranks = new Map([...lexicon.targets.keys()].map((t, i) => [t, i]))));
  return ranks;
}

/** Targets in the lexicon's order (a target the lexicon does not list first, as indexOf's -1 always put it). */
function byLexiconOrder<T extends { target: string }>(lexicon: CompiledLexicon, items: Iterable<T>): T[] {
  const ranks = rankOf(lexicon);
  return [...items].sort((a, b) => (ranks.get(a.target) ?? -1) - (ranks.get(b.target) ?? -1));
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
    const { matches } = text;
    const resolved = this.options.resolved !== false;
    const targets = new Array<string>(matches.length);
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      targets[i] = resolved && m.resolved?.target ? m.resolved.target : m.target;
    }
    const layers = countedLayers(matches, targets, this.isNaming);
    for (let i = 0; i < matches.length; i++) {
      const target = targets[i]!;
      let t = this.targets.get(target);
      if (!t) this.targets.set(target, (t = newCounts(target)));
      addMatch(t, matches[i]!, layers[i]!);
    }
    return this;
  }

  private readonly isNaming = (m: Match): boolean => this.lexicon.entries.get(m.term)?.naming ?? false;

  /** The additive counts per target (targets never mentioned are left out). */
  counts(): TargetCounts[] {
    return byLexiconOrder(this.lexicon, this.targets.values());
  }

  /** Scores per target, in the lexicon's order of targets; targets never mentioned are left out. */
  scores(): TargetScore[] {
    return scoreTargets(this.lexicon, this.targets.values(), this.words, this.options.voice);
  }
}
