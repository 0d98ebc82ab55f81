import { CONJUNCTIONS, firstWordSurfaces } from "../arabic/clitics";
import { HashFilter } from "../arabic/hash-filter";
import { hashString, normalize } from "../arabic/normalize";
import { spanIndexAt, type Span } from "../arabic/sentences";
import type { Tokens } from "../arabic/tokenize";
import { innerWordId, wordIdsOf, WORDS } from "../arabic/word-ids";
import type { Found } from "./found";
import type { GrammarSenses, Senses } from "./schema";
import data from "./senses.json";

/**
 * Other senses by context (senses.json): in an article about a flood «مقابر جماعية» are no atrocity, on
 * the sport pages «سحق» is a score. A lexicon entry listed under a context is dropped, words and all,
 * when one of the context's cue words is in the match's sentence (for scope "sentence-and-previous", or the
 * sentence before it, where a report names the war it then goes on with; for scope "text", anywhere; for scope
 * "word-before", the word right before the match, or a proclitic of `clitics` on it: «في القاهرة», «بالقاهرة»).
 * The bundled contexts are read without zod, like the voice cues: tests/unit/senses.test.ts checks that
 * SensesSchema (./schema.ts) reads the file into exactly this.
 */
const { $comment: _comment, ...bundled } = data;
export const DEFAULT_SENSES = bundled as Senses;


interface CompiledContext {
  readonly id: string;
  /**
   * Its part of a SenseScopes key: the place of the first context of its id among those compiled together (contexts
   * of one id share what they found, as they did by the id), and how many they are.
   */
  readonly index: number;
  readonly count: number;
  readonly wholeText: boolean;
  /** The sentence before the match's counts too. */
  readonly withPrevious: boolean;
  /** Only the word right before the match counts (scope "word-before"). */
  readonly wordBefore: boolean;
  /** Proclitics on the match that hold the context (normalized, with a conjunction before them too: ب، وب، فب). */
  readonly clitics: ReadonlySet<string>;
  /**
   * The word ids (lib/arabic/word-ids.ts) of every surface a cue word may take in a text (with a conjunction or
   * preposition written on), normalized: a token is compared by its id, without building its normalized string.
   */
  readonly words: ReadonlySet<number>;
  /**
   * Their hashes, as the tokenizer hashes a token's normalized form: most tokens are ruled out without their string,
   * by one bit of a typed array (a Set of numbers cost twice as much per token).
   */
  readonly hashes: HashFilter;
}

/** Entry id → the contexts that make its words another sense. */
export type CompiledSenses = ReadonlyMap<string, readonly CompiledContext[]>;

export function compileSenses(senses: Senses): CompiledSenses {
  const byEntry = new Map<string, CompiledContext[]>();
  senses.contexts.forEach((context) => {
    const surfaces = new Set(
      context.cues.flatMap((cue) => firstWordSurfaces(normalize(cue), { single: false, articleOptional: false }).map((s) => s.surface)),
    );
    // with a conjunction before them too (وب، فب; CONJUNCTIONS holds "" for none)
    const clitics = new Set((context.clitics ?? []).flatMap((c) => CONJUNCTIONS.map((w) => w + c)));
    const compiled = {
      id: context.id,
      index: senses.contexts.findIndex((c) => c.id === context.id),
      count: senses.contexts.length,
      wholeText: context.scope === "text",
      withPrevious: context.scope === "sentence-and-previous",
      wordBefore: context.scope === "word-before",
      clitics,
      words: new Set([...surfaces].map((w) => WORDS.idOf(w))),
      hashes: new HashFilter([...surfaces].map(hashString)),
    };
    for (const entry of context.entries) byEntry.set(entry, [...(byEntry.get(entry) ?? []), compiled]);
  });
  return byEntry;
}

export const DEFAULT_COMPILED_SENSES: CompiledSenses = compileSenses(DEFAULT_SENSES);

/** The contexts a grammar's senses make: its own added to the bundled ones (replacing those of the same id), or alone. */
export function sensesOfGrammar(own: GrammarSenses, bundled: Senses = DEFAULT_SENSES): Senses {
  const ids = new Set(own.contexts.map((c) => c.id));
  const kept = own.bundled ? bundled.contexts.filter((c) => !ids.has(c.id)) : [];
  return { contexts: [...kept, ...own.contexts] };
}

/** Whether a token in [from, to) is one of the context's cue words. */
function cueIn(context: CompiledContext, text: string, tokens: Tokens, from: number, to: number): boolean {
  const ids = wordIdsOf(text, tokens);
  for (let k = from; k < to; k++) if (context.hashes.has(tokens.hashes[k]!) && context.words.has(innerWordId(text, tokens, ids, k))) return true;
  return false;
}

/**
 * What each context's scope was found to hold, for one text, by a number: the scope's first offset (-1 for the whole
 * text) and the context's index (a string key made and hashed per match cost more than the scan it saves).
 */
export type SenseScopes = Map<number, boolean>;

/** Where a match is: its words, and where its first word and the match itself start (the gap is its proclitics). */
export type SenseMatch = Pick<Found, "firstToken" | "lastToken" | "tokenStart" | "start">;

/** A SenseScopes key for "the context held a match ending at token `last`": negative, apart from the scopes' keys. */
function heldAtKey(context: CompiledContext, last: number): number {
  return -1 - (last * context.count + context.index);
}

/**
 * Scope "word-before": a cue word right before the match with only spaces between (no punctuation: a sentence or
 * clause that ends on «في» does not reach the next), a proclitic of the context's on the match, or a conjunction on
 * it right after a match the context held («في القاهرة وأبوظبي»). Remembers in `seen` where a held match ends.
 */
function wordBefore(context: CompiledContext, text: string, tokens: Tokens, match: SenseMatch, seen: SenseScopes): boolean {
  const at = match.firstToken;
  const proclitic = normalize(text.slice(match.tokenStart, match.start));
  const adjacent = at > 0 && text.slice(tokens.ends[at - 1]!, tokens.starts[at]!).trim() === "";
  const held =
    context.clitics.has(proclitic) ||
    (adjacent && cueIn(context, text, tokens, at - 1, at)) ||
    // «وأبوظبي» after «في القاهرة» shares its preposition
    (adjacent && proclitic !== "" && (CONJUNCTIONS as readonly string[]).includes(proclitic) && seen.get(heldAtKey(context, at - 1)) === true);
  if (held) seen.set(heldAtKey(context, match.lastToken), true);
  return held;
}

/**
 * Whether the entry matched at `match` is, by its context, used in another sense. `seen` holds, for one text,
 * what each context's scope was found to hold (a frequent entry such as «شهداء» must not scan the text each time).
 */
export function otherSense(senses: CompiledSenses, entry: string, text: string, tokens: Tokens, sentences: readonly Span[], match: SenseMatch, seen: SenseScopes): boolean {
  const contexts = senses.get(entry);
  if (contexts === undefined) return false;
  const at = match.firstToken;
  const offset = tokens.starts[at]!;
  // the match's sentence, looked up once for all its contexts: -1 when the offset is in none
  let held = -2;
  for (let k = 0; k < contexts.length; k++) {
    const context = contexts[k]!;
    if (context.wordBefore) {
      if (wordBefore(context, text, tokens, match, seen)) return true;
      continue;
    }
    if (!context.wholeText && held === -2) held = sentenceHolding(sentences, offset);
    // the scope: the whole text, or the match's sentence (from the start of the one before when withPrevious); a match
    // outside every sentence reads the whole text, as a context of that scope does
    const whole = context.wholeText || held < 0;
    const from = whole ? -1 : sentences[context.withPrevious && held > 0 ? held - 1 : held]!.start;
    const key = (from + 1) * context.count + context.index;
    let found = seen.get(key);
    if (found === undefined) {
      found = whole ? cueIn(context, text, tokens, 0, tokens.length) : cueIn(context, text, tokens, firstTokenFrom(tokens, from, at), lastTokenBefore(tokens, sentences[held]!.end, at));
      seen.set(key, found);
    }
    if (found) return true;
  }
  return false;
}

/** Index of the sentence holding `offset`, or -1. */
function sentenceHolding(sentences: readonly Span[], offset: number): number {
  const i = spanIndexAt(sentences, offset);
  const held = sentences[i];
  return held && offset >= held.start && offset < held.end ? i : -1;
}

/** The first token from token `at` back that starts at or after `start`. */
function firstTokenFrom(tokens: Tokens, start: number, at: number): number {
  let first = at;
  while (first > 0 && tokens.starts[first - 1]! >= start) first--;
  return first;
}

/** One past the last token from token `at` on that ends by `end`. */
function lastTokenBefore(tokens: Tokens, end: number, at: number): number {
  let last = at + 1;
  while (last < tokens.length && tokens.ends[last]! <= end) last++;
  return last;
}
