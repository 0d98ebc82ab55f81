import type { Tokens } from "../arabic/tokenize";
import type { CompiledForm, CompiledLexicon } from "./compile";

/** A lexicon form found in a text; `text.slice(start, end)` is exactly what the reader sees. */
export interface LexiconMatch {
  readonly form: CompiledForm;
  readonly start: number;
  readonly end: number;
  /** Whole words covered, clitics included: [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

/** Makes a caller's record of one match from its parts (LexiconMatch's fields, in order), so that no other object is made per match. */
export type MatchRecord<R> = (form: CompiledForm, start: number, end: number, tokenStart: number, tokenEnd: number, firstToken: number, lastToken: number) => R;

/**
 * Every lexicon match in a tokenized text, leftmost-longest, each recorded by `record` onto `out`; look-alikes take
 * their words and are left out.
 */
export function recordMatches<R>(lexicon: CompiledLexicon, text: string, tokens: Tokens, record: MatchRecord<R>, out: R[]): R[] {
  const phrases = lexicon.phrases;
  const n = tokens.length;
  for (let i = phrases.nextHit(text, tokens, 0, n); i >= 0; i = phrases.nextHit(text, tokens, i + 1, n)) {
    const hit = phrases.lastHit;
    const form = hit.item!.payload;
    i = hit.last;
    if (form.entry.look_alike) continue;
    out.push(record(form, hit.start, hit.end, tokens.starts[hit.first]!, tokens.ends[hit.last]!, hit.first, hit.last));
  }
  return out;
}

const lexiconMatch: MatchRecord<LexiconMatch> = (form, start, end, tokenStart, tokenEnd, firstToken, lastToken) => ({ form, start, end, tokenStart, tokenEnd, firstToken, lastToken });

/** Every lexicon match in a tokenized text, leftmost-longest; look-alikes take their words and are left out. */
export function matchLexicon(lexicon: CompiledLexicon, text: string, tokens: Tokens): LexiconMatch[] {
  // filled by push from one literal rather than by filter and map: see mapped() in lib/arabic/arrays.ts
  return recordMatches(lexicon, text, tokens, lexiconMatch, []);
}
