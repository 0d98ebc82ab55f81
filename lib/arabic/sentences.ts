import { MarkCursor } from "./marks";
import { plainRecords } from "./plain";
import type { Tokens } from "./tokenize";

/**
 * Sentence boundaries on Arabic and Latin punctuation and on line breaks
 * (headlines and captions in news copy carry no final stop). The Arabic
 * semicolon ؛ and comma ، join clauses, so they do not end a sentence.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const TERMINATOR = 1;
const CLOSER = 2;
const SPACE = 4;

const KIND = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of ".!?؟…۔") table[ch.charCodeAt(0)] = TERMINATOR;
  for (const ch of "\"'”»’)]›“") table[ch.charCodeAt(0)] = CLOSER;
  for (const ch of " \t\r\n\u00a0\u200e\u200f\u2009\u202f") table[ch.charCodeAt(0)] = SPACE;
  return table;
})();

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function isTerminatorAt(text: string, i: number, c: number): boolean {
  if (KIND[c] !== TERMINATOR) return false;
  // 3.5 and 1.200 are numbers, not two sentences
  return !(c === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
}

/** A Span made by `new` (see plain.ts): one per sentence of every text, and the evidence of every resolved label. */
export const SpanRecord = plainRecords(function SpanRecord(this: { start: number; end: number }, start: number, end: number) {
  this.start = start;
  this.end = end;
});

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && KIND[text.charCodeAt(start)] === SPACE) start++;
  while (end > start && KIND[text.charCodeAt(end - 1)] === SPACE) end--;
  if (end > start) spans.push(new SpanRecord(start, end));
}

/** The characters a sentence may end at (a line break, or a terminator checked by isTerminatorAt). */
export const SENTENCE_BOUNDARIES = "\n.!?؟…۔";

/** Candidate boundaries: a native scan finds them faster than a loop over every character. */
const BOUNDARY = new RegExp(`[${SENTENCE_BOUNDARIES}]`);

/**
 * Sentences in order, trimmed of surrounding whitespace, as offsets into `text`. With `tokens`, the text's tokens, the
 * candidate boundaries are the marks the tokenizer noted on its way (Tokens.marks), and the text is not scanned again.
 */
export function splitSentences(text: string, tokens?: Tokens): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  const boundaries = new MarkCursor(text, BOUNDARY, tokens);
  let start = 0;
  for (;;) {
    const i = boundaries.nextMark();
    if (i < 0) break;
    if (i < start) continue;
    const c = text.charCodeAt(i);
    if (c === 10) {
      pushTrimmed(spans, text, start, i);
      start = i + 1;
      continue;
    }
    if (!isTerminatorAt(text, i, c)) continue;
    let end = i + 1;
    while (end < n && (KIND[text.charCodeAt(end)]! & (TERMINATOR | CLOSER)) !== 0) end++;
    pushTrimmed(spans, text, start, end);
    start = end;
    boundaries.skipTo(end);
  }
  pushTrimmed(spans, text, start, n);
  return spans;
}

/** Index of the span holding `offset`, for spans in order (binary search). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(spans.length - 1, lo - 1));
}
