import { tokenize, tokenList, type Token, type Tokens } from "../arabic/tokenize";
import type { Match } from "../analysis/analyze-text";
import { compileLexicon, type CompiledLexicon } from "../lexicon/compile";
import { matchLexicon } from "../lexicon/match";
import type { Lexicon } from "../lexicon/schema";
import { STOPWORDS } from "../keyness/keyness";
import { consonantSkeleton } from "./skeleton";

/** One article as discovery needs it: its outlet, its text and the engine's matches in it. */
export interface DiscoveryText {
  readonly id: string;
  readonly outlet: string;
  readonly body: string;
  readonly words: number;
  readonly matches: readonly Match[];
}

/** Where a candidate phrase stands: before the anchor name (titles, force heads) or after it (epithets in apposition). */
export type Side = "before" | "after";

/** One occurrence of a candidate phrase next to an anchor name. */
export interface Occurrence {
  readonly article: string;
  readonly outlet: string;
  readonly side: Side;
  /** The phrase in normalized letters: the key it is counted under. */
  readonly key: string;
  /** The phrase exactly as written (original spelling, diacritics kept). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The anchor name next to it, as written. */
  readonly anchor: { readonly text: string; readonly start: number; readonly end: number };
}

export const MAX_WORDS = 3;
const CONJUNCTION = /^[وف](?=ال)/;

/** Only spaces between two tokens: they belong to one phrase (no punctuation, no line break). */
const joined = (body: string, a: Token, b: Token) => /^[ \t\u00a0]+$/.test(body.slice(a.end, b.start));
/** Spaces and at most one comma: an apposition after a name (حفتر، قائد …). */
const apposed = (body: string, a: Token, b: Token) => /^[ \t\u00a0]*[،,]?[ \t\u00a0]*$/.test(body.slice(a.end, b.start)) && b.start > a.end;

const PROCLITIC = /^(?:[وف]?[بلك]|[وف])/;
const ENCLITIC = /(?:هما|هم|ها|ه|نا|كم)$/;

/** A function word, also with clitics on it: بكل is ب + كل, بينهم is بين + هم. */
export function isFunctionWord(norm: string): boolean {
  const bare = norm.replace(PROCLITIC, "");
  return [norm, bare, norm.replace(ENCLITIC, ""), bare.replace(ENCLITIC, "")].some((w) => STOPWORDS.has(w));
}

const usable = (t: Token) => t.isWord && t.norm.length >= 2 && !isFunctionWord(t.norm);

/** The key of a phrase of tokens: normalized words, a leading و/ف conjunction dropped. */
const keyOf = (tokens: readonly Token[]) => tokens.map((t, i) => (i === 0 ? t.norm.replace(CONJUNCTION, "") : t.norm)).join(" ");

/** The offset after a conjunction letter and any diacritics on it (وَالقوات → القوات), in the original text. */
function afterConjunction(body: string, start: number): number {
  let i = start + 1;
  while (i < body.length && /[\u064B-\u065F\u0670]/.test(body[i]!)) i++;
  return i;
}

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The target's plain names alone (entries of category `name`), to find them inside longer phrases too. */
export type NameMatcher = CompiledLexicon;

/**
 * A matcher of the target's plain names: their forms compiled alone and
 * matched longest-first, without the constructions and voice of a full
 * engine (compiling those for every target made a report's candidates slow).
 */
export function nameEngine(lexicon: Lexicon, target: string): NameMatcher | undefined {
  const entries = lexicon.entries.filter((e) => e.target === target && e.category === "name");
  return entries.length > 0 ? compileLexicon({ ...lexicon, entries }) : undefined;
}

type Span = Pick<Match, "token_start" | "token_end">;

/** A text's tokens in both shapes mining reads, made once when one text is mined for several targets. */
export interface TextTokens {
  readonly list: Tokens;
  readonly tokens: readonly Token[];
}

export const textTokens = (body: string): TextTokens => ({ list: tokenList(body), tokens: tokenize(body) });

/**
 * Where the text names the target: every match of one of its entries (المشير
 * خليفة حفتر), and its plain names where a longer match of another target
 * holds them (حفتر in قوات حفتر).
 */
export function anchorsOf(text: DiscoveryText, target: string, names: NameMatcher | undefined, list?: Tokens): Span[] {
  const own = text.matches.filter((m) => m.target === target);
  const found = names ? matchLexicon(names, text.body, list ?? tokenList(text.body)).map((m) => ({ token_start: m.tokenStart, token_end: m.tokenEnd })) : [];
  const inner = found.filter((n) => !own.some((m) => m.token_start <= n.token_start && n.token_end <= m.token_end));
  return [...own, ...inner].sort((a, b) => a.token_start - b.token_start);
}

/**
 * Every phrase of 1–3 words standing right before or right after a naming of
 * the target, that no lexicon entry covers yet and that neither starts nor
 * ends with a function word.
 */
export function occurrencesAround(text: DiscoveryText, target: string, names?: NameMatcher, made?: TextTokens): Occurrence[] {
  const tokens = made?.tokens ?? tokenize(text.body);
  if (tokens.length === 0) return [];
  const covered = new Set<number>();
  for (const m of text.matches) for (let i = tokenIndexAt(tokens, m.token_start); i < tokens.length && tokens[i]!.start < m.token_end; i++) covered.add(i);
  const out: Occurrence[] = [];
  const anchors = anchorsOf(text, target, names, made?.list);
  for (const anchor of anchors) {
    const first = tokenIndexAt(tokens, anchor.token_start);
    const last = tokenIndexAt(tokens, anchor.token_end - 1);
    const anchorSpan = { text: text.body.slice(anchor.token_start, anchor.token_end), start: anchor.token_start, end: anchor.token_end };
    const emit = (side: Side, from: number, to: number) => {
      const phrase = tokens.slice(from, to + 1);
      if (phrase.some((_, k) => covered.has(from + k)) || !usable(phrase[0]!) || !usable(phrase[phrase.length - 1]!)) return;
      const start = CONJUNCTION.test(phrase[0]!.norm) ? afterConjunction(text.body, phrase[0]!.start) : phrase[0]!.start;
      const end = phrase[phrase.length - 1]!.end;
      out.push({ article: text.id, outlet: text.outlet, side, key: keyOf(phrase), text: text.body.slice(start, end), start, end, anchor: anchorSpan });
    };
    for (let n = 1; n <= MAX_WORDS; n++) {
      const from = first - n;
      if (from < 0) break;
      if (!joined(text.body, tokens[from + n - 1]!, tokens[first]!) || (n > 1 && !joined(text.body, tokens[from]!, tokens[from + 1]!))) break;
      emit("before", from, first - 1);
    }
    for (let n = 1; n <= MAX_WORDS; n++) {
      const to = last + n;
      if (to >= tokens.length) break;
      const link = n === 1 ? apposed(text.body, tokens[last]!, tokens[to]!) : joined(text.body, tokens[to - 1]!, tokens[to]!);
      if (!link) break;
      emit("after", last + 1, to);
    }
  }
  return out;
}

export { consonantSkeleton };
