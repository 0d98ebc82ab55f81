import { HashFilter } from "./hash-filter";
import { IntKeyTable } from "./int-table";
import { hashString, normalizesTo } from "./normalize";
import { AS_IS_WORD, type Tokens } from "./tokenize";

/**
 * Word ids: every word a phrase set looks for (each surface of a phrase's first word, each later word and its spelling
 * variants, in matching form) gets a number, and a text's tokens are looked up once per text (`wordIdsOf`), so that
 * every scan after it (the lexicon, the voice cues, the names inside a phrase, the grammar around a naming) compares
 * numbers in typed arrays instead of hashing, probing and comparing each token's letters again.
 *
 * One vocabulary serves every phrase set of the process (a set is compiled once and asked for every text), so that one
 * lookup per token serves them all. It only grows, by the words of the sets compiled (a lexicon's forms, the cues, the
 * construction grammar: about 45,000 with the bundled ones).
 */

/** Token t, in matching form, is `word`: compared in place, so no string is built. */
export function tokenIs(text: string, tokens: Tokens, t: number, word: string): boolean {
  const start = tokens.starts[t]!;
  const end = tokens.ends[t]!;
  if ((tokens.flags[t]! & AS_IS_WORD) === 0) return normalizesTo(text, start, end, word);
  const n = end - start;
  if (n !== word.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** A word of the vocabulary, chained with any other word of the same hash (Token.hash). */
interface Word {
  readonly word: string;
  readonly id: number;
  readonly next: Word | undefined;
}

/** Words in matching form → ids, dense from 0 in the order they were first added. */
class Vocabulary {
  private readonly byHash = new Map<number, Word>();
  private count = 0;
  /** The lookup tables of the tokens' scan, made again when words were added since (sets are compiled before texts are read). */
  private lookup: { readonly words: IntKeyTable<Word>; readonly hashes: HashFilter } | undefined;

  get size(): number {
    return this.count;
  }

  /** The id of a word in matching form, added if new. */
  idOf(word: string): number {
    const hash = hashString(word);
    const head = this.byHash.get(hash);
    for (let w = head; w; w = w.next) if (w.word === word) return w.id;
    const id = this.count++;
    this.byHash.set(hash, { word, id, next: head });
    this.lookup = undefined;
    return id;
  }

  /** Fills tokens.ids[0, tokens.length): each token's word id, -1 for a word no set looks for (most tokens). */
  intern(text: string, tokens: Tokens): void {
    const { words, hashes } = (this.lookup ??= { words: new IntKeyTable(this.byHash), hashes: new HashFilter(this.byHash.keys()) });
    const ids = tokens.ids;
    const tokenHashes = tokens.hashes;
    for (let k = 0; k < tokens.length; k++) {
      const hash = tokenHashes[k]!;
      let id = -1;
      if (hashes.has(hash)) {
        for (let w = words.get(hash); w; w = w.next) {
          if (tokenIs(text, tokens, k, w.word)) {
            id = w.id;
            break;
          }
        }
      }
      ids[k] = id;
    }
    tokens.internedWords = this.count;
  }
}

export const WORDS = new Vocabulary();

/** The word ids of a text's tokens (tokens.ids), looked up on the first call for the text and read after that. */
export function wordIdsOf(text: string, tokens: Tokens): Int32Array {
  if (tokens.internedWords !== WORDS.size) WORDS.intern(text, tokens);
  return tokens.ids;
}
