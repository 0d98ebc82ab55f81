import { COMBINING, KEEP as KEEP_SLOT, RULES, composeWithMark } from "./table";

// module-level copies: the hot loop below must not go through module export accessors
const KEEP = KEEP_SLOT;
const TABLE = RULES.table;
const REPLACEMENTS = RULES.replacements;
const IS_COMBINING = COMBINING;
/** Combining madda, hamza above, hamza below: the marks NFC merges into the letter before them. */
const isComposingMark = (c: number): boolean => c >= 0x0653 && c <= 0x0655;

export { NORMALIZATION_RULES } from "./rules";

/**
 * Where each normalized character came from: `starts[k]`..`ends[k]` is the
 * slice of the original text behind normalized character k. Deleted marks
 * (diacritics, shadda) are folded into the character before them, so a
 * highlight drawn from these offsets covers the marks the reader sees.
 */
export interface OffsetMap {
  starts: number[];
  ends: number[];
}

export interface Normalized {
  readonly text: string;
  readonly map: OffsetMap;
}

let buffer = new Uint16Array(256);

function ensureCapacity(n: number): void {
  if (n <= buffer.length) return;
  const bigger = new Uint16Array(Math.max(n, buffer.length * 2));
  bigger.set(buffer);
  buffer = bigger;
}

function bufferToString(n: number): string {
  let out = "";
  for (let k = 0; k < n; k += 8192) {
    out += String.fromCharCode.apply(null, buffer.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  }
  return out;
}

/**
 * Normalizes text[start, end) for matching. One function serves the hot path
 * (no map: returns the original slice when nothing changes) and the precise
 * path (with a map back to original offsets).
 */
/** End of the run of combining marks that follows position i (i + 1 when none). */
function marksEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && IS_COMBINING[text.charCodeAt(j)] === 1) j++;
  return j;
}

/**
 * A letter followed by two or more marks, one of them a hamza or madda:
 * NFC reorders marks by combining class and a mark of the same class blocks
 * composition (ي + madda + hamza above stays three characters, as madda
 * does not compose with ي), which the one-mark-at-a-time loop does not model.
 */
function needsExactComposition(text: string, i: number, runEnd: number): boolean {
  if (runEnd - i < 3) return false;
  for (let j = i + 1; j < runEnd; j++) if (isComposingMark(text.charCodeAt(j))) return true;
  return false;
}

export function normalizeSpan(text: string, start = 0, end = text.length, map?: OffsetMap): string {
  const table = TABLE;
  const replacements = REPLACEMENTS;
  ensureCapacity((end - start) * 3 + 4);
  let n = 0;
  let changed = false;
  let baseCode = -1; // original code of the last letter a hamza mark could compose with
  let baseOut = -1; // its position in the output
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isComposingMark(c)) {
      changed = true;
      const composed = baseCode >= 0 ? composeWithMark(baseCode, c) : undefined;
      if (composed !== undefined) {
        const slot = table[composed.charCodeAt(0)]!;
        const letters = slot === KEEP ? composed : replacements[slot]!;
        n = baseOut; // the composed letter replaces the base's output
        const from = map ? map.starts[baseOut]! : 0;
        for (let k = 0; k < letters.length; k++) {
          buffer[n] = letters.charCodeAt(k);
          if (map) {
            map.starts[n] = from;
            map.ends[n] = i + 1;
          }
          n++;
        }
        baseCode = composed.charCodeAt(0);
      } else if (map && n > 0) {
        map.ends[n - 1] = i + 1;
      }
      continue;
    }
    if (i + 1 < end && IS_COMBINING[text.charCodeAt(i + 1)] === 1 && IS_COMBINING[c] !== 1) {
      const runEnd = marksEnd(text, i, end);
      if (needsExactComposition(text, i, runEnd)) {
        // the rare exact way: NFC of the letter and its marks, then the table; every output character maps to the whole cluster
        changed = true;
        const before = n;
        for (const ch of text.slice(i, runEnd).normalize("NFC")) {
          const code = ch.charCodeAt(0);
          if (isComposingMark(code)) continue; // an uncomposed hamza or madda is dropped, as in the loop
          const letters = table[code] === KEEP ? ch : replacements[table[code]!]!;
          for (let k = 0; k < letters.length; k++) {
            buffer[n] = letters.charCodeAt(k);
            if (map) {
              map.starts[n] = i;
              map.ends[n] = runEnd;
            }
            n++;
          }
        }
        if (map && n === before && n > 0) map.ends[n - 1] = runEnd;
        baseCode = -1;
        i = runEnd - 1;
        continue;
      }
    }
    const slot = table[c]!;
    if (slot === KEEP) {
      baseCode = c;
      baseOut = n;
      buffer[n] = c;
      if (map) {
        map.starts[n] = i;
        map.ends[n] = i + 1;
      }
      n++;
      continue;
    }
    changed = true;
    const letters = replacements[slot]!;
    if (letters.length === 0) {
      // a deleted mark belongs to the letter it sits on; a deleted base (tatweel) ends composition, as in NFC
      if (map && n > 0) map.ends[n - 1] = i + 1;
      if (IS_COMBINING[c] !== 1) baseCode = -1;
      continue;
    }
    baseCode = c;
    baseOut = n;
    for (let k = 0; k < letters.length; k++) {
      buffer[n] = letters.charCodeAt(k);
      if (map) {
        map.starts[n] = i;
        map.ends[n] = i + 1;
      }
      n++;
    }
  }
  if (map) {
    map.starts.length = n;
    map.ends.length = n;
  }
  return changed ? bufferToString(n) : text.slice(start, end);
}

/** The matching form of a string. Idempotent: normalize(normalize(s)) === normalize(s). */
export function normalize(text: string): string {
  return normalizeSpan(text);
}

/** The matching form with its map back to the original offsets. */
export function normalizeWithMap(text: string, start = 0, end = text.length): Normalized {
  const map: OffsetMap = { starts: [], ends: [] };
  const normalized = normalizeSpan(text, start, end, map);
  return { text: normalized, map };
}

/** FNV-1a over UTF-16 code units: a cheap hash to rule tokens out before building their strings. */
export const HASH_OFFSET = 0x811c9dc5;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const FNV_OFFSET = HASH_OFFSET;
const fnv = hashStep;

/** In REPLACED_BY: normalization deletes the character (a diacritic, tatweel). */
export const DELETED = -2;
/** In REPLACED_BY: the character needs more than one table read (a hamza mark that composes, a ligature of two letters). */
export const NOT_SIMPLE = -3;

/**
 * Per UTF-16 code unit, what normalization makes of it when it is not kept as it is: the one
 * character replacing it, DELETED or NOT_SIMPLE. Lets a scan hash a token's normalized form on
 * the way, without a second pass over it.
 */
export const REPLACED_BY: Int32Array = (() => {
  const out = new Int32Array(0x10000).fill(NOT_SIMPLE);
  for (let c = 0; c < 0x10000; c++) {
    const slot = TABLE[c]!;
    if (slot === KEEP || isComposingMark(c)) continue;
    const letters = REPLACEMENTS[slot]!;
    if (letters.length === 0) out[c] = DELETED;
    else if (letters.length === 1) out[c] = letters.charCodeAt(0);
  }
  return out;
})();

/** Normalization keeps this character as it is (so a hash can take it directly). */
export const isHashedAsIs = (c: number): boolean => TABLE[c] === KEEP && !isComposingMark(c);

/** FNV-1a of the string, as a signed 32-bit integer: V8 keeps it a small integer in a token (an unsigned one above 2^31 would be a boxed number per token) and a Map key without hashing a double. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h | 0;
}

/**
 * normalizeSpan(text, start, end) is the word whose UTF-16 code units are letters[from, to), without building the
 * string: the table maps character by character (as hashNormalized does); text with a combining hamza mark (rare) is
 * compared the exact way.
 */
export function normalizesTo(text: string, start: number, end: number, letters: Uint16Array, from: number, to: number): boolean {
  const table = TABLE;
  let k = from;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isComposingMark(c)) return spells(normalizeSpan(text, start, end), letters, from, to);
    const slot = table[c]!;
    if (slot === KEEP) {
      if (k >= to || letters[k] !== c) return equalAfterMismatch(text, start, end, i, letters, from, to);
      k++;
      continue;
    }
    const replacement = REPLACEMENTS[slot]!;
    for (let m = 0; m < replacement.length; m++) {
      if (k >= to || letters[k++] !== replacement.charCodeAt(m)) return equalAfterMismatch(text, start, end, i, letters, from, to);
    }
  }
  return k === to;
}

/** `s` is the word whose code units are letters[from, to). */
export function spells(s: string, letters: Uint16Array, from: number, to: number): boolean {
  if (s.length !== to - from) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== letters[from + i]) return false;
  return true;
}

/**
 * normalizeSpan(text, start, end) is the word of letters[from, to), after a mismatch at text[i]: a hamza or madda mark
 * later in the word may compose with the letter that differed (و + hamza above is ؤ), so then the exact way decides;
 * otherwise the word differs.
 */
function equalAfterMismatch(text: string, start: number, end: number, i: number, letters: Uint16Array, from: number, to: number): boolean {
  for (let j = i + 1; j < end; j++) if (isComposingMark(text.charCodeAt(j))) return spells(normalizeSpan(text, start, end), letters, from, to);
  return false;
}

/**
 * hashString(normalizeSpan(text, start, end)), without building the string.
 * Text with combining hamza marks (rare) takes the slow, exact way.
 */
export function hashNormalized(text: string, start: number, end: number): number {
  const table = TABLE;
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isComposingMark(c)) return hashString(normalizeSpan(text, start, end));
    const slot = table[c]!;
    if (slot === KEEP) {
      h = fnv(h, c);
      continue;
    }
    const letters = REPLACEMENTS[slot]!;
    for (let k = 0; k < letters.length; k++) h = fnv(h, letters.charCodeAt(k));
  }
  return h | 0;
}
