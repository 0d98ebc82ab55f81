import { VOICES } from "../voice";
import type { TargetCounts } from "./tally";

/** Which reading of side-switching labels a tally row counts for (migration 004): 'both' when they are the same. */
export type Resolution = "both" | "resolved" | "unresolved";

/**
 * A tally row's numbers, in the order of article_tallies' columns (migration 020): the counts, then the bounds of
 * the row's naming terms among its analysis' terms (1-based, inclusive; `to` < `from` when it has none).
 */
export const TALLY_NUMBERS = ["mentions_all", "mentions_own", "loaded_all", "loaded_own", "stance_sum", "stance_n", "scare_quoted", ...VOICES, "naming_from", "naming_to"] as const;

/**
 * An analysis' tally rows as the store writes them, flat: made on the analysis threads, so what crosses to the
 * thread that saves them is a few arrays and two typed arrays, not a tree of objects and Maps per target that the
 * saving thread then took apart again (a fifth of the import's main-thread allocations; README, "Round 15").
 */
export interface TallyRows {
  /** Each row's target and reading. */
  readonly targets: readonly string[];
  readonly resolutions: readonly Resolution[];
  /** TALLY_NUMBERS' values of each row, row after row. */
  readonly numbers: Int32Array;
  /** The rows' naming terms (entry ids), row after row. */
  readonly terms: readonly string[];
  /** Each naming term's mentions under both voice filters: all, own, term after term. */
  readonly termCounts: Int32Array;
}

type PerFilter = TargetCounts["mentions"];

const samePerFilter = (a: PerFilter, b: PerFilter): boolean => a.all === b.all && a.own === b.own;

/** Whether two tally rows of a target hold the same counts (naming terms in any order: their order carries nothing). */
function sameCounts(a: TargetCounts, b: TargetCounts): boolean {
  if (!samePerFilter(a.mentions, b.mentions) || !samePerFilter(a.loaded, b.loaded)) return false;
  if (a.stanceSum !== b.stanceSum || a.stanceN !== b.stanceN || a.scareQuoted !== b.scareQuoted) return false;
  if (VOICES.some((v) => a.voices[v] !== b.voices[v]) || a.naming.size !== b.naming.size) return false;
  for (const [term, n] of a.naming) {
    const other = b.naming.get(term);
    if (!other || !samePerFilter(n, other)) return false;
  }
  return true;
}

/**
 * The tally rows of one analysis (migration 004): one row per target for both readings of side-switching labels
 * when it counts the same under both (every target of most articles), else one row per reading that counts it
 * (migration 011: only the targets a resolution changes). `unresolved` is null when no label was resolved.
 */
export function countsByResolution(counts: readonly TargetCounts[], unresolved: readonly TargetCounts[] | null): { resolution: Resolution; counts: TargetCounts }[] {
  if (unresolved === null) return counts.map((c) => ({ resolution: "both", counts: c }));
  const byTarget = new Map(unresolved.map((c) => [c.target, c]));
  const rows: { resolution: Resolution; counts: TargetCounts }[] = [];
  for (const c of counts) {
    const u = byTarget.get(c.target);
    if (u && sameCounts(u, c)) {
      rows.push({ resolution: "both", counts: c });
      byTarget.delete(c.target);
    } else rows.push({ resolution: "resolved", counts: c });
  }
  for (const u of byTarget.values()) rows.push({ resolution: "unresolved", counts: u });
  return rows;
}

/** An analysis' tally rows (countsByResolution) in their flat form. */
export function tallyRows(counts: readonly TargetCounts[], unresolved: readonly TargetCounts[] | null): TallyRows {
  const readings = countsByResolution(counts, unresolved);
  let termTotal = 0;
  for (const { counts: c } of readings) termTotal += c.naming.size;
  const numbers = new Int32Array(readings.length * TALLY_NUMBERS.length);
  const termCounts = new Int32Array(termTotal * 2);
  const terms: string[] = [];
  let at = 0;
  for (const { counts: c } of readings) {
    const from = terms.length + 1;
    for (const [term, n] of c.naming) {
      termCounts[terms.length * 2] = n.all;
      termCounts[terms.length * 2 + 1] = n.own;
      terms.push(term);
    }
    // in TALLY_NUMBERS' order
    numbers[at++] = c.mentions.all;
    numbers[at++] = c.mentions.own;
    numbers[at++] = c.loaded.all;
    numbers[at++] = c.loaded.own;
    numbers[at++] = c.stanceSum;
    numbers[at++] = c.stanceN;
    numbers[at++] = c.scareQuoted;
    for (const v of VOICES) numbers[at++] = c.voices[v];
    numbers[at++] = from;
    numbers[at++] = terms.length;
  }
  return { targets: readings.map((r) => r.counts.target), resolutions: readings.map((r) => r.resolution), numbers, terms, termCounts };
}
