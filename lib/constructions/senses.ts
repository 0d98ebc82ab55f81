import { firstWordSurfaces } from "../arabic/clitics";
import { HashFilter } from "../arabic/hash-filter";
import { hashString, normalize } from "../arabic/normalize";
import { spanIndexAt, type Span } from "../arabic/sentences";
import type { Tokens } from "../arabic/tokenize";
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

/** Conjunctions written on a word: «وأبوظبي» after «في القاهرة» shares its preposition. */
const CONJUNCTIONS = ["و", "ف"];

interface CompiledContext {
  readonly id: string;
  readonly wholeText: boolean;
  /** The sentence before the match's counts too. */
  readonly withPrevious: boolean;
  /** Only the word right before the match counts (scope "word-before"). */
  readonly wordBefore: boolean;
  /** Proclitics on the match that hold the context (normalized, with a conjunction before them too: ب، وب، فب). */
  readonly clitics: ReadonlySet<string>;
  /** Every surface a cue word may take in a text (with a conjunction or preposition written on), normalized. */
  readonly surfaces: ReadonlySet<string>;
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
  for (const context of senses.contexts) {
    const surfaces = new Set(
      context.cues.flatMap((cue) => firstWordSurfaces(normalize(cue), { single: false, articleOptional: false }).map((s) => s.surface)),
    );
    const clitics = new Set((context.clitics ?? []).flatMap((c) => [c, ...CONJUNCTIONS.map((w) => w + c)]));
    const compiled = {
      id: context.id,
      wholeText: context.scope === "text",
      withPrevious: context.scope === "sentence-and-previous",
      wordBefore: context.scope === "word-before",
      clitics,
      surfaces,
      hashes: new HashFilter([...surfaces].map(hashString)),
    };
    for (const entry of context.entries) byEntry.set(entry, [...(byEntry.get(entry) ?? []), compiled]);
  }
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
  for (let k = from; k < to; k++) if (context.hashes.has(tokens.hashes[k]!) && context.surfaces.has(tokens.norm(text, k))) return true;
  return false;
}

/** The tokens of the sentence holding token `at`: [first, end). */
function sentenceTokens(tokens: Tokens, sentence: Span | undefined, at: number): [number, number] {
  if (sentence === undefined) return [0, tokens.length];
  let first = at;
  while (first > 0 && tokens.starts[first - 1]! >= sentence.start) first--;
  let end = at + 1;
  while (end < tokens.length && tokens.ends[end]! <= sentence.end) end++;
  return [first, end];
}

/** The match's sentence, from the start of the one before it when `withPrevious`. */
function scopeOf(sentences: readonly Span[], offset: number, withPrevious: boolean): Span | undefined {
  const i = spanIndexAt(sentences, offset);
  const held = sentences[i];
  if (!held || offset < held.start || offset >= held.end) return undefined;
  return withPrevious && i > 0 ? { start: sentences[i - 1]!.start, end: sentences[i]!.end } : sentences[i];
}

/** Where a match is: its words, and where its first word and the match itself start (the gap is its proclitics). */
export type SenseMatch = Pick<Found, "firstToken" | "lastToken" | "tokenStart" | "start">;

/**
 * Scope "word-before": a cue word right before the match with only spaces between (no punctuation: a sentence or
 * clause that ends on «في» does not reach the next), a proclitic of the context's on the match, or a conjunction on
 * it right after a match the context held («في القاهرة وأبوظبي»). Remembers in `seen` where a held match ends.
 */
function wordBefore(context: CompiledContext, text: string, tokens: Tokens, match: SenseMatch, seen: Map<string, boolean>): boolean {
  const at = match.firstToken;
  const proclitic = normalize(text.slice(match.tokenStart, match.start));
  const adjacent = at > 0 && text.slice(tokens.ends[at - 1]!, tokens.starts[at]!).trim() === "";
  const held =
    context.clitics.has(proclitic) ||
    (adjacent && cueIn(context, text, tokens, at - 1, at)) ||
    (adjacent && CONJUNCTIONS.includes(proclitic) && seen.get(`${context.id}#${at - 1}`) === true);
  if (held) seen.set(`${context.id}#${match.lastToken}`, true);
  return held;
}

/**
 * Whether the entry matched at `match` is, by its context, used in another sense. `seen` holds, for one text,
 * what each context's scope was found to hold (a frequent entry such as «شهداء» must not scan the text each time).
 */
export function otherSense(senses: CompiledSenses, entry: string, text: string, tokens: Tokens, sentences: readonly Span[], match: SenseMatch, seen: Map<string, boolean>): boolean {
  const contexts = senses.get(entry);
  if (contexts === undefined) return false;
  const at = match.firstToken;
  return contexts.some((context) => {
    if (context.wordBefore) return wordBefore(context, text, tokens, match, seen);
    const offset = tokens.starts[at]!;
    const sentence = context.wholeText ? undefined : scopeOf(sentences, offset, context.withPrevious);
    const key = sentence === undefined ? context.id : `${context.id}:${sentence.start}`;
    let held = seen.get(key);
    if (held === undefined) {
      const [from, to] = context.wholeText ? [0, tokens.length] : sentenceTokens(tokens, sentence, at);
      held = cueIn(context, text, tokens, from, to);
      seen.set(key, held);
    }
    return held;
  });
}
