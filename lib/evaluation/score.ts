import { z } from "zod";
import { splitSentences } from "../arabic/sentences";
import { analyzeText, type Match } from "../analysis/analyze-text";
import type { Engine } from "../analysis/engine";
import type { GoldSpan } from "./markup";
import type { GoldNaming } from "./schema";

/** A gold passage ready to score: its clean text and marked spans. */
export interface GoldText {
  readonly id: string;
  readonly style: string;
  /** The passage's date, or null: read as the article's date. */
  readonly date?: string | null;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

/** The `resolved` field a side-switching label's match may carry (absent before resolution exists). */
const ResolvedSchema = z.object({ resolved: z.object({ target: z.string().nullable() }).nullable().optional() });
export const resolvedTarget = (m: Match): string | null => {
  const parsed = ResolvedSchema.safeParse(m);
  return parsed.success ? (parsed.data.resolved?.target ?? null) : null;
};

/** A side-switching label's pair points at the camp the reader sees: named so, or resolved to it. */
export const campRight = (p: Pair): boolean => p.match.target === p.gold.spec.resolved || resolvedTarget(p.match) === p.gold.spec.resolved;

type Naming = GoldSpan & { readonly spec: GoldNaming };
const isNaming = (s: GoldSpan): s is Naming => s.spec.kind === "naming";

export interface Pair {
  readonly gold: Naming;
  readonly match: Match;
}

export interface PassageScore {
  readonly id: string;
  readonly style: string;
  readonly text: string;
  readonly sentences: number;
  readonly namings: readonly Naming[];
  readonly pairs: readonly Pair[];
  readonly missed: readonly Naming[];
  /** Engine matches a careful reader did not mark, or marked for another target. */
  readonly falseHits: readonly Match[];
  readonly trapHits: readonly Match[];
  readonly senseHits: readonly Match[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

/** The match counts for the naming when it names the same target, or the camp a label resolves to. */
const sameReferent = (g: Naming, m: Match) => m.target === g.spec.target || (g.spec.resolved !== null && m.target === g.spec.resolved);

/**
 * Pairs gold namings with engine matches one to one: among overlapping pairs
 * that name the same referent, the best-overlapping pairs first (so a nested
 * name and its composite each take the match that fits them).
 */
export function pairUp(namings: readonly Naming[], matches: readonly Match[]): Pair[] {
  const candidates: { g: number; m: number; score: number }[] = [];
  namings.forEach((g, gi) =>
    matches.forEach((m, mi) => {
      if (overlap(g, m) > 0 && sameReferent(g, m)) candidates.push({ g: gi, m: mi, score: iou(g, m) });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.m - b.m);
  const usedG = new Set<number>();
  const usedM = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedM.has(c.m)) continue;
    usedG.add(c.g);
    usedM.add(c.m);
    pairs.push({ gold: namings[c.g]!, match: matches[c.m]! });
  }
  return pairs;
}

/** Runs the engine over one gold passage and sorts every naming and match into found, missed and false. */
export function scorePassage(engine: Engine, passage: GoldText): PassageScore {
  const { matches } = analyzeText(engine, passage.text, passage.date ?? null);
  const namings = passage.spans.filter(isNaming);
  const traps = passage.spans.filter((s) => s.spec.kind === "trap" && !s.spec.sense);
  const senses = passage.spans.filter((s) => s.spec.kind === "trap" && s.spec.sense);
  const pairs = pairUp(namings, matches);
  const paired = new Set(pairs.map((p) => p.match));
  const found = new Set(pairs.map((p) => p.gold));
  const unpaired = matches.filter((m) => !paired.has(m));
  const hits = (spans: readonly GoldSpan[]) => unpaired.filter((m) => spans.some((s) => overlap(s, m) > 0));
  const trapHits = hits(traps);
  const senseHits = hits(senses);
  return {
    id: passage.id,
    style: passage.style,
    text: passage.text,
    sentences: splitSentences(passage.text).length,
    namings,
    pairs,
    missed: namings.filter((g) => !found.has(g)),
    falseHits: unpaired.filter((m) => !trapHits.includes(m) && !senseHits.includes(m)),
    trapHits,
    senseHits,
  };
}

/** Found / total for one slice of the gold set (a category, a kind), and the precision of the matches in it. */
export interface Row {
  readonly gold: number;
  readonly found: number;
  readonly recall: number | null;
  readonly matches: number;
  readonly correct: number;
  readonly precision: number | null;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function row(gold: number, found: number, matches: number, correct: number): Row {
  return { gold, found, recall: ratio(found, gold), matches, correct, precision: ratio(correct, matches) };
}

/** What a naming is, beyond its category: the slices the issue asks about. */
export const KINDS = ["plain", "nested", "force", "label", "distancing"] as const;
export type Kind = (typeof KINDS)[number];
export function kindsOf(g: GoldNaming): Kind[] {
  const kinds: Kind[] = [];
  if (g.nested) kinds.push("nested");
  if (g.force) kinds.push("force");
  if (g.resolved !== null) kinds.push("label");
  if (g.category === "distancing") kinds.push("distancing");
  return kinds.length > 0 ? kinds : ["plain"];
}

export interface Evaluation {
  readonly passages: number;
  readonly sentences: number;
  readonly overall: Row;
  readonly byCategory: Readonly<Record<string, Row>>;
  readonly byKind: Readonly<Record<Kind, Row>>;
  readonly byStyle: Readonly<Record<string, Row>>;
  /** Side-switching labels whose match resolves (or names) the camp the reader sees, of all labels. */
  readonly resolution: { readonly labels: number; readonly right: number; readonly accuracy: number | null };
  /** Of the namings found, those in the voice the reader sees. */
  readonly voice: { readonly found: number; readonly right: number; readonly accuracy: number | null };
  readonly valence: { readonly found: number; readonly right: number; readonly accuracy: number | null };
  readonly trapHits: number;
  readonly senseHits: number;
  readonly traps: number;
  readonly senseTraps: number;
  readonly scores: readonly PassageScore[];
}

function rowsBy<K extends string>(scores: readonly PassageScore[], goldKeys: (g: GoldNaming, s: PassageScore) => K[], matchKeys: (m: Match, s: PassageScore) => K[]) {
  const acc = new Map<K, { gold: number; found: number; matches: number; correct: number }>();
  const bump = (k: K) => acc.get(k) ?? (acc.set(k, { gold: 0, found: 0, matches: 0, correct: 0 }), acc.get(k)!);
  for (const s of scores) {
    const found = new Set(s.pairs.map((p) => p.gold));
    const correct = new Set(s.pairs.map((p) => p.match));
    for (const g of s.namings) for (const k of goldKeys(g.spec, s)) (bump(k).gold++, found.has(g) && bump(k).found++);
    const all = [...s.pairs.map((p) => p.match), ...s.falseHits, ...s.trapHits, ...s.senseHits];
    for (const m of all) for (const k of matchKeys(m, s)) (bump(k).matches++, correct.has(m) && bump(k).correct++);
  }
  return Object.fromEntries([...acc].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, row(v.gold, v.found, v.matches, v.correct)])) as Record<K, Row>;
}

/** Scores the engine on every passage of the gold set. */
export function evaluate(engine: Engine, passages: readonly GoldText[]): Evaluation {
  const scores = passages.map((p) => scorePassage(engine, p));
  const pairs = scores.flatMap((s) => s.pairs);
  const labels = scores.flatMap((s) => s.namings.filter((g) => g.spec.resolved !== null));
  const labelPairs = pairs.filter((p) => p.gold.spec.resolved !== null);
  const resolvedRight = labelPairs.filter(campRight).length;
  const voiceRight = pairs.filter((p) => p.match.voice === p.gold.spec.voice).length;
  const valenceRight = pairs.filter((p) => p.match.valence === p.gold.spec.valence).length;
  const traps = passages.flatMap((p) => p.spans.filter((s) => s.spec.kind === "trap"));
  const byKind = rowsBy<Kind>(scores, (g) => kindsOf(g), () => []);
  return {
    passages: passages.length,
    sentences: scores.reduce((n, s) => n + s.sentences, 0),
    overall: rowsBy(scores, () => ["all"], () => ["all"]).all!,
    byCategory: rowsBy(scores, (g) => [g.category], (m) => [m.category]),
    byKind: Object.fromEntries(KINDS.map((k) => [k, byKind[k] ?? row(0, 0, 0, 0)])) as Record<Kind, Row>,
    byStyle: rowsBy(scores, (_g, s) => [s.style], (_m, s) => [s.style]),
    resolution: { labels: labels.length, right: resolvedRight, accuracy: ratio(resolvedRight, labels.length) },
    voice: { found: pairs.length, right: voiceRight, accuracy: ratio(voiceRight, pairs.length) },
    valence: { found: pairs.length, right: valenceRight, accuracy: ratio(valenceRight, pairs.length) },
    trapHits: scores.reduce((n, s) => n + s.trapHits.length, 0),
    senseHits: scores.reduce((n, s) => n + s.senseHits.length, 0),
    traps: traps.filter((t) => t.spec.kind === "trap" && !t.spec.sense).length,
    senseTraps: traps.filter((t) => t.spec.kind === "trap" && t.spec.sense).length,
    scores,
  };
}

/** Targets the gold set names that the lexicon does not define: a typo would otherwise count as a miss. */
export function unknownTargets(passages: readonly GoldText[], targets: ReadonlySet<string>): string[] {
  const unknown = new Set<string>();
  for (const p of passages) {
    for (const s of p.spans) {
      if (s.spec.kind !== "naming") continue;
      if (!targets.has(s.spec.target)) unknown.add(`${p.id}: ${s.spec.target}`);
      if (s.spec.resolved !== null && !targets.has(s.spec.resolved)) unknown.add(`${p.id}: =${s.spec.resolved}`);
    }
  }
  return [...unknown];
}
