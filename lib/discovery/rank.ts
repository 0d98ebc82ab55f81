import { chi2UpperTail1, signedG2 } from "../keyness/keyness";
import { occurrencesAround, type DiscoveryText, type NameMatcher, type Occurrence, type Side } from "./mine";
import { consonantSkeleton } from "./skeleton";

/** A spelling of a candidate as the outlets wrote it, with how often. */
export interface Spelling {
  readonly text: string;
  readonly count: number;
}

/** A candidate phrase for one outlet: its spellings grouped by consonant skeleton, and how distinctive it is. */
export interface Candidate {
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
  readonly kwic: readonly Occurrence[];
}

export interface OutletCandidates {
  readonly outlet: string;
  readonly articles: number;
  readonly words: number;
  readonly candidates: readonly Candidate[];
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

function mostFrequent(values: readonly string[]): Spelling[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/**
 * Per outlet, the phrases it uses around the target's names more than the
 * other outlets do: spelling variants grouped by consonant skeleton, ranked
 * by signed G² of the outlet's words against the others' words.
 */
export function discoverCandidates(texts: readonly DiscoveryText[], options: DiscoveryOptions): OutletCandidates[] {
  const { target, top = 15, minCount = 2, examples = 3, rejected = new Set<string>(), names } = options;
  const occurrences = texts.flatMap((t) => occurrencesAround(t, target, names)).filter((o) => !rejected.has(o.key));
  const words = new Map<string, number>();
  const articles = new Map<string, number>();
  for (const t of texts) {
    words.set(t.outlet, (words.get(t.outlet) ?? 0) + t.words);
    articles.set(t.outlet, (articles.get(t.outlet) ?? 0) + 1);
  }
  const totalWords = [...words.values()].reduce((s, x) => s + x, 0);
  const byGroup = new Map<string, Occurrence[]>();
  for (const o of occurrences) byGroup.set(groupKey(o), [...(byGroup.get(groupKey(o)) ?? []), o]);
  return [...words.keys()].sort().map((outlet) => {
    const own = words.get(outlet)!;
    const candidates: Candidate[] = [];
    for (const group of byGroup.values()) {
      const here = group.filter((o) => o.outlet === outlet);
      if (here.length < minCount) continue;
      const elsewhere = group.length - here.length;
      const g2 = totalWords > own ? signedG2(here.length, elsewhere, own, totalWords - own) : 0;
      candidates.push({
        skeleton: consonantSkeleton(here[0]!.key),
        key: mostFrequent(here.map((o) => o.key))[0]!.text,
        side: here[0]!.side,
        spellings: mostFrequent(here.map((o) => o.text)),
        count: here.length,
        elsewhere,
        g2,
        p: chi2UpperTail1(Math.abs(g2)),
        kwic: here.slice(0, examples),
      });
    }
    candidates.sort((a, b) => b.g2 - a.g2 || b.count - a.count || a.key.localeCompare(b.key));
    return { outlet, articles: articles.get(outlet)!, words: own, candidates: candidates.slice(0, top) };
  });
}
