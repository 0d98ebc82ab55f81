import { hasArabicLetter, isLetter } from "../arabic/chars";
import { MarkCursor } from "../arabic/marks";
import { isScannedMark, type Tokens } from "../arabic/tokenize";
import type { VoiceCues } from "./schema";

/**
 * Quotation spans, found with a stack of open marks reset at every line
 * break (news paragraphs are lines), after retext-quotes. An unclosed or
 * unopened mark is ignored: a stray » is not a quotation. Only spans with
 * Arabic text between the marks count.
 */
export interface QuoteSpan {
  /** Offsets of the opening and closing marks; the quoted text is (open, close). */
  readonly open: number;
  readonly close: number;
}

/** An apostrophe between two Latin letters (don't) is not a quote mark. */
function isApostrophe(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return isLetter(before) && isLetter(after) && before < 0x250 && after < 0x250;
}

/** Quote pairs compiled once: which closers end each opener, and which characters are marks at all. */
export interface QuoteMarks {
  readonly closerOf: ReadonlyMap<string, readonly string[]>;
  /** Finds the next quote mark (a native scan beats a loop over every character). */
  readonly pattern: RegExp;
  /** 1 for each UTF-16 code unit that is a mark. */
  readonly isMark: Uint8Array;
  /** Every mark is one the tokenizer notes (Tokens.marks): with a text's tokens, the text need not be scanned for them. */
  readonly scannedByTokenizer: boolean;
}

export function compileQuoteMarks(cues: Pick<VoiceCues, "quotes">): QuoteMarks {
  const closerOf = new Map<string, string[]>();
  for (const { open, close } of cues.quotes) closerOf.set(open, [...(closerOf.get(open) ?? []), close]);
  const marks = [...new Set(cues.quotes.flatMap((q) => [q.open, q.close]))];
  const escaped = marks.map((m) => m.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&")).join("");
  const isMark = new Uint8Array(0x10000);
  for (const m of marks) for (let k = 0; k < m.length; k++) isMark[m.charCodeAt(k)] = 1;
  const scannedByTokenizer = marks.every((m) => [...m].every((ch) => isScannedMark(ch.charCodeAt(0))));
  return { closerOf, pattern: new RegExp(`[${escaped}]`, "g"), isMark, scannedByTokenizer };
}

/** The index of the first open mark in `stack` that `ch` closes, or -1 (a loop, not a closure made for every mark). */
function closedDeeper(stack: readonly { mark: string }[], closerOf: ReadonlyMap<string, readonly string[]>, ch: string): number {
  for (let k = 0; k < stack.length; k++) if (closerOf.get(stack[k]!.mark)?.includes(ch)) return k;
  return -1;
}

/**
 * Quotation spans of text[from, to) (default: all of it). With `tokens`, the text's tokens, the marks are those the
 * tokenizer noted on its way (when it notes every mark of `marks`), and the text is not scanned again.
 */
export function findQuotes(text: string, marks: QuoteMarks, from = 0, to = text.length, tokens?: Tokens): QuoteSpan[] {
  const { closerOf, isMark } = marks;
  const found = new MarkCursor(text, marks.pattern, marks.scannedByTokenizer ? tokens : undefined, from);
  const spans: QuoteSpan[] = [];
  let stack: { mark: string; at: number }[] = [];
  // line breaks are not searched for (a call per paragraph cost more than the scan): the end of the line of the
  // last mark is found once per line with a mark, and every open mark lies on that line
  let lineEnd = -1;
  for (;;) {
    const i = found.nextMark();
    if (i < 0) break;
    // the tokenizer's marks are every mark it notes, from the text's start
    if (i < from || isMark[text.charCodeAt(i)] === 0) continue;
    if (i >= to) break;
    const ch = text[i]!;
    if (i > lineEnd) {
      if (stack.length > 0) stack = [];
      lineEnd = text.indexOf("\n", i);
      if (lineEnd < 0) lineEnd = text.length;
    }
    if (ch === "'" && isApostrophe(text, i)) continue;
    const top = stack[stack.length - 1];
    if (top && closerOf.get(top.mark)?.includes(ch)) {
      stack.pop();
      if (hasArabicLetter(text, top.at + 1, i)) spans.push({ open: top.at, close: i });
      continue;
    }
    // a closer deeper in the stack closes everything opened after it
    const deeper = closedDeeper(stack, closerOf, ch);
    if (deeper >= 0) {
      const opened = stack[deeper]!;
      stack = stack.slice(0, deeper);
      if (hasArabicLetter(text, opened.at + 1, i)) spans.push({ open: opened.at, close: i });
      continue;
    }
    if (closerOf.has(ch)) stack.push({ mark: ch, at: i });
  }
  return spans.sort((a, b) => a.open - b.open);
}

/**
 * The innermost quotation holding [start, end), if any, for spans sorted by
 * their opening mark. Quotations never span lines, so the search stops at
 * `lineStart`.
 */
export function quoteAround(spans: readonly QuoteSpan[], start: number, end: number, lineStart = 0): QuoteSpan | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.open < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && spans[k]!.open >= lineStart; k--) {
    if (spans[k]!.close >= end) return spans[k];
  }
  return undefined;
}
