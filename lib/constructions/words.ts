import { adjacent, PhraseSet, type PhraseHit } from "../arabic/phrases";
import type { Token } from "../arabic/tokenize";

/**
 * Word patterns of the construction grammar (force nouns, linkers, cues),
 * found next to a naming rather than scanned for: each is a small PhraseSet,
 * asked only where a naming already matched, so the grammar costs nothing on
 * text without names.
 */
export class WordPatterns<T> {
  private readonly set: PhraseSet<T>;
  private readonly longest: number;

  constructor(items: readonly { forms: readonly string[]; payload: T; key: string }[], articleOptional: boolean) {
    this.set = new PhraseSet(
      items.flatMap((i) => i.forms.map((phrase) => ({ phrase, payload: i.payload, key: `${i.key}\u0000${phrase}` }))),
      { articleOptional },
    );
    this.longest = Math.max(1, ...items.flatMap((i) => i.forms.map((f) => f.trim().split(/\s+/).length)));
  }

  /** The longest pattern whose last word is tokens[last], whole words, joined to the next token by whitespace only. */
  endingAt(text: string, tokens: readonly Token[], last: number): PhraseHit<T> | undefined {
    if (last < 0) return undefined;
    if (last + 1 < tokens.length && !adjacent(text, tokens[last]!.end, tokens[last + 1]!.start)) return undefined;
    for (let first = Math.max(0, last - this.longest + 1); first <= last; first++) {
      const [hit] = this.set.findAll(text, tokens, first, last + 1);
      if (hit && hit.first === first && hit.last === last && hit.end === tokens[last]!.end) return hit;
    }
    return undefined;
  }

  /** The longest pattern whose first word is tokens[first], written without proclitics, right after the previous token. */
  startingAt(text: string, tokens: readonly Token[], first: number): PhraseHit<T> | undefined {
    if (first >= tokens.length || first < 1 || !adjacent(text, tokens[first - 1]!.end, tokens[first]!.start)) return undefined;
    const [hit] = this.set.findAll(text, tokens, first, Math.min(tokens.length, first + this.longest));
    return hit && hit.first === first && hit.start === tokens[first]!.start ? hit : undefined;
  }
}
