import { chi2UpperTail1, signedG2 } from "../keyness/keyness";
import { occurrencesAround, type DiscoveryText, type NameMatcher, type Occurrence, type Side, type TextTokens } from "./mine";
import { consonantSkeleton } from "./skeleton";

/** A spelling of a candidate as the outlets wrote it, with how often. */
export interface Spelling {
  readonly text: string;
  readonly count: number;
}

/** A candidate phrase for one outlet: its spellings grouped by consonant skeleton, and how distinctive it is. */
export interface Candidate<E = Occurrence> {
  readonly skeleton: string;
  /** The most frequent normalized key of the group: what a reviewer accepts. */
  readonly key: string;
  readonly side: Side;
  readonly spellings: readonly Spelling[];
  /** Occurrences in this outlet, and in all the others. */
  readonly count: number;
  readonly elsewhere: number;
  /** Signed G² of the outlet against the others (lib/keyness), and its p-value. */
  readonly g2: number;
  readonly p: number;
  /** Keywords in context: up to `examples` occurrences in this outlet. */
  readonly kwic: readonly E[];
}

export interface OutletCandidates<E = Occurrence> {
  readonly outlet: string;
  readonly articles: number;
  readonly words: number;
  readonly candidates: readonly Candidate<E>[];
}

export interface DiscoveryOptions {
  readonly target: string;
  /** Candidates per outlet. */
  readonly top?: number;
  /** Fewer occurrences in the outlet than this and a candidate is left out. */
  readonly minCount?: number;
  readonly examples?: number;
  /** Normalized keys a reviewer rejected: never proposed again. */
  readonly rejected?: ReadonlySet<string>;
  /** The target's plain names alone (`nameEngine`), to find them inside other targets' phrases. */
  readonly names?: NameMatcher;
}

const groupKey = (o: Occurrence) => `${o.side}\u0000${consonantSkeleton(o.key)}`;

function mostFrequent(counts: ReadonlyMap<string, number>): Spelling[] {
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** One group's occurrences in one outlet, folded: how often each key and spelling, and the first examples. */
interface OutletGroup<E> {
  count: number;
  readonly first: Occurrence;
  readonly keys: Map<string, number>;
  readonly spellings: Map<string, number>;
  readonly examples: E[];
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Per outlet, the phrases it uses around the target's names more than the
 * other outlets do: spelling variants grouped by consonant skeleton, ranked
 * by signed G² of the outlet's words against the others' words. Texts are
 * added one at a time and folded into counts (a report streams a store
 * through it); `example` turns a kept occurrence into what is shown (the
 * occurrence itself, or a line of context while its text is at hand).
 */
export class CandidateFold<E = Occurrence> {
  private readonly words = new Map<string, number>();
  private readonly articles = new Map<string, number>();
  /** Group → outlet → folded occurrences; groups in order of first occurrence. */
  private readonly groups = new Map<string, Map<string, OutletGroup<E>>>();
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly options: DiscoveryOptions,
    private readonly example: (text: DiscoveryText, o: Occurrence) => E = (_, o) => o as E,
  ) {}

  /** `tokens`: the text's, when the caller mines it for several targets (made once). */
  add(text: DiscoveryText, tokens?: TextTokens): void {
    const { target, examples = 3, rejected, names } = this.options;
    this.words.set(text.outlet, (this.words.get(text.outlet) ?? 0) + text.words);
    this.articles.set(text.outlet, (this.articles.get(text.outlet) ?? 0) + 1);
    for (const o of occurrencesAround(text, target, names, tokens)) {
      if (rejected?.has(o.key)) continue;
      const key = groupKey(o);
      const outlets = this.groups.get(key) ?? new Map<string, OutletGroup<E>>();
      this.groups.set(key, outlets);
      this.sizes.set(key, (this.sizes.get(key) ?? 0) + 1);
      let here = outlets.get(o.outlet);
      if (!here) outlets.set(o.outlet, (here = { count: 0, first: o, keys: new Map(), spellings: new Map(), examples: [] }));
      here.count += 1;
      bump(here.keys, o.key);
      bump(here.spellings, o.text);
      if (here.examples.length < examples) here.examples.push(this.example(text, o));
    }
  }

  candidates(): OutletCandidates<E>[] {
    const { top = 15, minCount = 2 } = this.options;
    const totalWords = [...this.words.values()].reduce((s, x) => s + x, 0);
    return [...this.words.keys()].sort().map((outlet) => {
      const own = this.words.get(outlet)!;
      const candidates: Candidate<E>[] = [];
      for (const [key, outlets] of this.groups) {
        const here = outlets.get(outlet);
        if (!here || here.count < minCount) continue;
        const elsewhere = this.sizes.get(key)! - here.count;
        const g2 = totalWords > own ? signedG2(here.count, elsewhere, own, totalWords - own) : 0;
        candidates.push({
          skeleton: consonantSkeleton(here.first.key),
          key: mostFrequent(here.keys)[0]!.text,
          side: here.first.side,
          spellings: mostFrequent(here.spellings),
          count: here.count,
          elsewhere,
          g2,
          p: chi2UpperTail1(Math.abs(g2)),
          kwic: here.examples,
        });
      }
      candidates.sort((a, b) => b.g2 - a.g2 || b.count - a.count || a.key.localeCompare(b.key));
      return { outlet, articles: this.articles.get(outlet)!, words: own, candidates: candidates.slice(0, top) };
    });
  }
}

/** `CandidateFold` over texts at hand. */
export function discoverCandidates(texts: readonly DiscoveryText[], options: DiscoveryOptions): OutletCandidates[] {
  const fold = new CandidateFold(options);
  for (const t of texts) fold.add(t);
  return fold.candidates();
}
