import type { CompiledLexicon } from "../lexicon/compile";
import { VOICES, type Voice } from "../voice";
import type { Match } from "./analyze-text";
import { stanceFromSum, type Stance } from "./stance";

/** Which mentions count in mentions, density and naming: every voice, or the outlet's own words only. */
export type VoiceFilter = "all" | "own";

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

const zeroVoices = (): Record<Voice, number> => Object.fromEntries(VOICES.map((v) => [v, 0])) as Record<Voice, number>;

class TargetTally {
  mentions = 0;
  loaded = 0;
  stanceSum = 0;
  stanceN = 0;
  scareQuoted = 0;
  readonly voices = zeroVoices();
  readonly naming = new Map<string, number>();
}

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
  const sameTargetAncestor = matches.map((_, i) => {
    for (let p = matches[i]!.parent; p !== null; p = matches[p]!.parent) if (targets[p] === targets[i]) return p;
    return null;
  });
  const namedInside = new Set<number>();
  matches.forEach((m, i) => {
    if (!isNaming(m)) return;
    for (let p = m.parent; p !== null; p = matches[p]!.parent) if (targets[p] === targets[i]) namedInside.add(p);
  });
  return matches.map((m, i) => ({ mention: sameTargetAncestor[i] === null, naming: isNaming(m) && !namedInside.has(i) }));
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Running totals for a group of texts (one article, one outlet): memory grows
 * with the number of targets and terms, never with the amount of text.
 */
export class Tally {
  words = 0;
  texts = 0;
  private readonly targets = new Map<string, TargetTally>();

  constructor(
    private readonly lexicon: CompiledLexicon,
    readonly options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
  ) {}

  add(text: { readonly words: number; readonly matches: readonly Match[] }): this {
    this.words += text.words;
    this.texts += 1;
    const { matches } = text;
    const targets = matches.map((m) => this.targetOf(m));
    const layer = countedLayers(matches, targets, (m) => this.lexicon.entries.get(m.term)?.naming ?? false);
    matches.forEach((m, i) => this.addMatch(m, targets[i]!, layer[i]!));
    return this;
  }

  private targetOf(m: Match): string {
    return this.options.resolved !== false && m.resolved?.target ? m.resolved.target : m.target;
  }

  private addMatch(m: Match, target: string, layer: Counted): void {
    let t = this.targets.get(target);
    if (!t) this.targets.set(target, (t = new TargetTally()));
    const own = m.voice === "author";
    const counted = this.options.voice === "all" || own;
    if (layer.naming && counted) t.naming.set(m.term, (t.naming.get(m.term) ?? 0) + 1);
    if (!layer.mention) return;
    t.voices[m.voice] += 1;
    if (m.scare_quoted) t.scareQuoted += 1;
    // scare quotes keep a word out of stance, unless they were read as distancing from a legitimizing name
    if (own && (!m.scare_quoted || m.construction?.kind === "distancing")) {
      t.stanceSum += m.valence;
      t.stanceN += 1;
    }
    if (!counted) return;
    t.mentions += 1;
    if (m.valence !== 0) t.loaded += 1;
  }

  /** Scores per target, in the lexicon's order of targets; targets never mentioned are left out. */
  scores(): TargetScore[] {
    const order = [...this.lexicon.targets.keys()];
    return [...this.targets.entries()]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([target, t]) => {
        const named = [...t.naming.values()].reduce((a, b) => a + b, 0);
        return {
          target,
          mentions: t.mentions,
          loaded: t.loaded,
          density: this.words > 0 ? round((t.loaded * 1000) / this.words, 2) : 0,
          stance: stanceFromSum(t.stanceSum, t.stanceN),
          naming: [...t.naming.entries()]
            .sort(([ta, a], [tb, b]) => b - a || ta.localeCompare(tb))
            .map(([term, count]) => ({ term, count, share: round(count / named, 4) })),
          voices: { ...t.voices },
          scare_quoted: t.scareQuoted,
        };
      });
  }
}
