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

/** Every lexicon match in a tokenized text, leftmost-longest; look-alikes take their words and are left out. */
export function matchLexicon(lexicon: CompiledLexicon, text: string, tokens: Tokens): LexiconMatch[] {
  // a loop rather than filter and map: see mapped() in lib/arabic/arrays.ts
  const matches: LexiconMatch[] = [];
  for (const hit of lexicon.phrases.findAll(text, tokens)) {
    if (hit.payload.entry.look_alike) continue;
    matches.push({
      form: hit.payload,
      start: hit.start,
      end: hit.end,
      tokenStart: tokens.starts[hit.first]!,
      tokenEnd: tokens.ends[hit.last]!,
      firstToken: hit.first,
      lastToken: hit.last,
    });
  }
  return matches;
}
