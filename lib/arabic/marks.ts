import type { Tokens } from "./tokenize";

/**
 * Where a text has one of some one-character marks, in order: the marks the tokenizer noted on its way when the text's
 * `tokens` are given (the caller filters them: they are every one of the tokenizer's SCANNED_MARKS), else a native scan of the text with
 * `pattern` (a character class) from `from`. The sentence splitter and the quote finder read their marks through it.
 */
export class MarkCursor {
  private next = 0;
  private readonly scan: RegExp | undefined;

  constructor(
    private readonly text: string,
    pattern: RegExp,
    private readonly tokens: Tokens | undefined,
    from = 0,
  ) {
    this.scan = tokens ? undefined : new RegExp(pattern.source, "g");
    if (this.scan) this.scan.lastIndex = from;
  }

  /** The next mark's offset, or -1 after the last. */
  nextMark(): number {
    const { tokens, scan } = this;
    if (tokens) return this.next < tokens.markCount ? tokens.marks[this.next++]! : -1;
    // test() rather than exec(): a mark is one character, so lastIndex tells where, and no match array is made
    return scan!.test(this.text) ? scan!.lastIndex - 1 : -1;
  }

  /** Marks before `at` are of no more interest: a scan resumes there (the tokenizer's list is read on; the caller skips them). */
  skipTo(at: number): void {
    if (this.scan) this.scan.lastIndex = at;
  }
}
