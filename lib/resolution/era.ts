import { period } from "../corpus/period";
import type { Found } from "../constructions/found";
import type { CompiledLexicon } from "../lexicon/compile";
import type { Period } from "../lexicon/schema";

/** A period's first and last day (an open end undefined), worked out once per period rather than per layer of every text. */
const BOUNDS = new WeakMap<Period, readonly [string | undefined, string | undefined]>();

function boundsOf(p: Period): readonly [string | undefined, string | undefined] {
  let bounds = BOUNDS.get(p);
  if (!bounds) BOUNDS.set(p, (bounds = [p.from === undefined ? undefined : period(p.from)[0], p.until === undefined ? undefined : period(p.until)[1]]));
  return bounds;
}

/** Whether the days [first, last] (a date's period: 2022, 2022-02, 2022-02-10) meet the period. */
export function holds(p: Period | undefined, [first, last]: readonly [string, string]): boolean {
  if (!p) return false;
  const [from, until] = boundsOf(p);
  return (!from || from <= last) && (!until || first <= until);
}

/** Per lexicon, what a naming of each target names: the target, and what it heads or leads (worked out once, not per layer). */
const NAMES_OF = new WeakMap<CompiledLexicon, ReadonlyMap<string, readonly string[]>>();

function namesOf(lexicon: CompiledLexicon): ReadonlyMap<string, readonly string[]> {
  let names = NAMES_OF.get(lexicon);
  if (!names) {
    const byTarget = new Map<string, readonly string[]>();
    for (const [id, t] of lexicon.targets) byTarget.set(id, [id, ...t.relations.filter((r) => r.type === "heads" || r.type === "leads").map((r) => r.target)]);
    NAMES_OF.set(lexicon, (names = byTarget));
  }
  return names;
}

/** Targets the text names with entries that hold no era choice, and the camps their people head or lead. */
function namedTargets(layers: readonly Found[], lexicon: CompiledLexicon): Set<string> {
  const names = namesOf(lexicon);
  const named = new Set<string>();
  for (const f of layers) {
    if (f.eraTargets?.length) continue;
    const all = names.get(f.target);
    if (!all) named.add(f.target);
    else for (const t of all) named.add(t);
  }
  return named;
}

/**
 * The same words name different actors in different years («الحكومة الموازية»: the House's
 * eastern cabinet until 2021, Bashagha's government from 2022; «رئيس المجلس الرئاسي»: Sarraj,
 * then Menfi). For each layer whose entry lists `era_targets`, the first whose period holds the
 * article's date takes the layer; an undated text takes the first it names elsewhere. In place,
 * before labels are resolved, so resolution sees the era's camp.
 */
export function retargetByEra(layers: readonly Found[], lexicon: CompiledLexicon, date: string | null): void {
  let named: Set<string> | undefined;
  let days: [string, string] | undefined; // the date's period, made once per text and only when a layer needs it
  for (const f of layers) {
    const alternatives = f.eraTargets;
    if (!alternatives || alternatives.length === 0) continue;
    const chosen = date
      ? alternatives.find((t) => holds(lexicon.targets.get(t)?.period, (days ??= period(date))))
      : alternatives.find((t) => (named ??= namedTargets(layers, lexicon)).has(t));
    if (chosen) f.target = chosen;
  }
}
