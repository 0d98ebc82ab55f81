import { firstWordSurfaces, spellingVariants } from "../arabic/clitics";
import { HashFilter } from "../arabic/hash-filter";
import { hashString } from "../arabic/normalize";
import { adjacent, PhraseSet, phraseWords, type PhraseHit } from "../arabic/phrases";
import type { Tokens } from "../arabic/tokenize";

/**
 * Word patterns of the construction grammar (force nouns, linkers, cues),
 * found next to a naming rather than scanned for: each is a small PhraseSet,
 * asked only where a naming already matched. A token that cannot be a
 * pattern's first or last word is ruled out by its hash before any search
 * (a filter small enough to stay in the first-level cache: it is asked on
 * both sides of every naming), so the grammar costs little even around many names.
 */
export class WordPatterns<T> {
  private readonly set: PhraseSet<T>;
  private readonly longest: number;
  private readonly firstHashes: HashFilter;
  private readonly lastHashes: HashFilter;

  constructor(items: readonly { forms: readonly string[]; payload: T; key: string }[], articleOptional: boolean) {
    const forms = items.flatMap((i) => i.forms.map((phrase) => ({ phrase, payload: i.payload, key: `${i.key}\u0000${phrase}` })));
    this.set = new PhraseSet(forms, { articleOptional });
    let longest = 1;
    const firstHashes: number[] = [];
    const lastHashes: number[] = [];
    for (const { phrase } of forms) {
      const words = phraseWords(phrase);
      longest = Math.max(longest, words.length);
      const single = words.length === 1;
      const firsts = firstWordSurfaces(words[0]!, { single, articleOptional }).map((s) => s.surface);
      for (const s of firsts) firstHashes.push(hashString(s));
      for (const s of single ? firsts : spellingVariants(words[words.length - 1]!)) lastHashes.push(hashString(s));
    }
    this.longest = longest;
    this.firstHashes = new HashFilter(firstHashes);
    this.lastHashes = new HashFilter(lastHashes);
  }

  /** Whether a pattern could end at one of tokens[from..to], by their hashes alone: false rules every such ending out (true may not). */
  mayEndWithin(tokens: Tokens, from: number, to: number): boolean {
    for (let k = Math.max(0, from); k <= to; k++) if (this.lastHashes.has(tokens.hashes[k]!)) return true;
    return false;
  }

  /** The longest pattern whose last word is tokens[last], whole words, joined to the next token by whitespace only. */
  endingAt(text: string, tokens: Tokens, last: number): PhraseHit<T> | undefined {
    if (last < 0 || !this.lastHashes.has(tokens.hashes[last]!)) return undefined;
    if (last + 1 < tokens.length && !adjacent(text, tokens.ends[last]!, tokens.starts[last + 1]!)) return undefined;
    for (let first = Math.max(0, last - this.longest + 1); first <= last; first++) {
      if (!this.firstHashes.has(tokens.hashes[first]!)) continue;
      const hit = this.set.hitAt(text, tokens, first, last + 1);
      if (hit && hit.last === last && hit.end === tokens.ends[last]!) return hit;
    }
    return undefined;
  }

  /** The longest pattern whose first word is tokens[first], written without proclitics, right after the previous token. */
  startingAt(text: string, tokens: Tokens, first: number): PhraseHit<T> | undefined {
    if (first >= tokens.length || first < 1 || !this.firstHashes.has(tokens.hashes[first]!)) return undefined;
    if (!adjacent(text, tokens.ends[first - 1]!, tokens.starts[first]!)) return undefined;
    const hit = this.set.hitAt(text, tokens, first, Math.min(tokens.length, first + this.longest));
    return hit && hit.start === tokens.starts[first]! ? hit : undefined;
  }
}
