import { NORMALIZATION_RULES, type NormalizationRule } from "./rules";

/** Sentinel in the table: the character is kept as it is. */
export const KEEP = -1;

export interface CompiledRules {
  /** Per UTF-16 code unit: KEEP, or an index into `replacements`. */
  readonly table: Int32Array;
  readonly replacements: readonly string[];
}

function applyRules(ch: string, rules: readonly NormalizationRule[]): string {
  let out = ch;
  for (const rule of rules) {
    if (out.length === 1) {
      // one code unit, as nearly every character stays: its answer as it is, no string iterated nor joined
      out = rule.apply(out) ?? out;
      continue;
    }
    let next = "";
    for (const c of out) next += rule.apply(c) ?? c;
    out = next;
  }
  return out;
}

/** Runs every rule on every BMP code unit once, at start-up. */
export function compileRules(rules: readonly NormalizationRule[] = NORMALIZATION_RULES): CompiledRules {
  const table = new Int32Array(0x10000).fill(KEEP);
  const replacements: string[] = [];
  const indexOf = new Map<string, number>();
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    const out = applyRules(ch, rules);
    if (out === ch) continue;
    let idx = indexOf.get(out);
    if (idx === undefined) {
      idx = replacements.length;
      replacements.push(out);
      indexOf.set(out, idx);
    }
    table[c] = idx;
  }
  return { table, replacements };
}

export const RULES = compileRules();

/**
 * What NFC makes of `base` followed by a combining hamza/madda mark, or
 * undefined when they do not compose (the mark is then simply dropped).
 */
const compositions = new Map<number, string>();
export function composeWithMark(base: number, mark: number): string | undefined {
  const key = base * 0x10000 + mark;
  if (!compositions.has(key)) {
    const composed = (String.fromCharCode(base) + String.fromCharCode(mark)).normalize("NFC");
    compositions.set(key, composed.length === 1 ? composed : "");
  }
  const hit = compositions.get(key);
  return hit ? hit : undefined;
}

/** A combining mark (Mn). One object: esbuild writes a \p{…} literal as `new RegExp(…)`, so a literal in the loop below compiled 65,536 of them at every start. */
const MN = /\p{Mn}/u;

/** Combining marks (Mn): deleting one does not separate a hamza mark from its letter; deleting a tatweel does. */
export const COMBINING = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (MN.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

export const isCombiningMark = (c: number): boolean => COMBINING[c] === 1;
