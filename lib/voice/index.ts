import type { Span } from "../arabic/sentences";
import type { Tokens } from "../arabic/tokenize";
import { attributedRanges, compileCues, cuesOfTokens, rangeOf, type AttributedRange, type CompiledCues } from "./attribution";
import { compileQuoteMarks, findQuotes, quoteAround, type QuoteMarks, type QuoteSpan } from "./quotes";
import { DEFAULT_CUES } from "./default-cues";
import type { VoiceCues } from "./schema";
import type { Voice } from "./voices";

// the schema (VoiceSchema) is in ./schema, kept off the engine's path: see ./default-cues.ts
export { VOICES, type Voice } from "./voices";

/** Whose words a stretch of text is in. */
export interface VoiceOf {
  readonly voice: Voice;
  /** Quotes around the loaded words alone (مقتل 36 “إرهابيا”): the outlet distancing itself. */
  readonly scareQuoted: boolean;
  /** The reporting verb or attribution that makes it reported speech. */
  readonly cue?: string;
  /**
   * After a reporting verb with no complementizer (وأكد رئيس المجلس خالد المشري دعمه…), the first
   * token after the verb: a naming there is the verb's subject, the speaker, named in the outlet's words.
   */
  readonly speakerAt?: number;
  /** After a speaker's title (المتحدث باسم، وزير العدل ب…), the last token where the speaker's naming may start (-1: none). */
  readonly speakerUpTo?: number;
  /** Linker tokens (التابعة، باسم) after which a naming right after the speaker is the speaker's too. */
  readonly linkers?: readonly number[] | null;
}

export interface VoiceModel {
  readonly cues: VoiceCues;
  readonly compiled: CompiledCues;
  readonly quotes: QuoteMarks;
}

export function compileVoiceModel(cues: VoiceCues = DEFAULT_CUES): VoiceModel {
  return { cues, compiled: compileCues(cues), quotes: compileQuoteMarks(cues) };
}

// the voices without a cue, shared (read only) rather than made for every match
const OWN_WORDS: VoiceOf = { voice: "author", scareQuoted: false };
const SCARE_QUOTED: VoiceOf = { voice: "author", scareQuoted: true };
const QUOTED: VoiceOf = { voice: "quoted", scareQuoted: false };

/** First token starting at or after `offset` (tokens are in order). */
function firstTokenFrom(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Voice analysis of one text, done lazily: quotes are found once a match
 * asks, and cues only in the sentences that hold a match, once each.
 */
export class VoiceContext {
  private quotes: QuoteSpan[] | undefined;
  /** Attributed token ranges of each sentence holding a match, found once. */
  private readonly rangesBySentence: (readonly AttributedRange[] | undefined)[] = [];

  constructor(
    private readonly model: VoiceModel,
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly sentences: readonly Span[],
  ) {}

  private quoteAround(start: number, end: number): QuoteSpan | undefined {
    this.quotes ??= findQuotes(this.text, this.model.quotes, 0, this.text.length, this.tokens);
    return this.quotes.length === 0 ? undefined : quoteAround(this.quotes, start, end, this.lineStartOf(start));
  }

  /** The line last asked about, [lineStart, lineEnd]: matches come in text order, so most share their line with the one before. */
  private lineStart = 0;
  private lineEnd = -1;

  private lineStartOf(offset: number): number {
    if (offset < this.lineStart || offset > this.lineEnd) {
      const next = this.text.indexOf("\n", offset);
      this.lineStart = this.text.lastIndexOf("\n", offset - 1) + 1;
      this.lineEnd = next < 0 ? this.text.length : next;
    }
    return this.lineStart;
  }

  private rangeOfToken(sentence: number, token: number): AttributedRange | undefined {
    let ranges = this.rangesBySentence[sentence];
    if (!ranges) {
      const span = this.sentences[sentence]!;
      ranges = attributedRanges(this.model.compiled, this.text, this.tokens, firstTokenFrom(this.tokens, span.start), firstTokenFrom(this.tokens, span.end));
      this.rangesBySentence[sentence] = ranges;
    }
    return rangeOf(ranges, token);
  }

  /** tokens[token] is in the words a reporting verb reports past its subject (قال إن …، مؤكدا …), not a speaker's name nor an according-to sentence. */
  private reportedAfterComplementizer(sentence: number, token: number): boolean {
    const range = this.rangeOfToken(sentence, token);
    return range !== undefined && !range.bare && !range.wholeSentence;
  }

  /** The quotation holds exactly the matched words and nothing else. */
  private quotesOnly(quote: QuoteSpan, firstToken: number, lastToken: number): boolean {
    return firstTokenFrom(this.tokens, quote.open + 1) === firstToken && firstTokenFrom(this.tokens, quote.close) - 1 === lastToken;
  }

  /** The voice of the words tokens[firstToken..lastToken], spanning [start, end) in sentence `sentence`. */
  voiceOf(start: number, end: number, firstToken: number, lastToken: number, sentence: number): VoiceOf {
    const quote = this.quoteAround(start, end);
    // the loaded words alone in quotes are the outlet's scare quotes, unless they are in what someone's complementizer
    // opens: then they are the speaker's own word, quoted (قال إن الحكومة لن تعترف باتفاق يمنح "مجرم الحرب" دورا); after
    // a bare verb they may be the speaker's name (أعلنت القيادة الأمريكية في إفريقيا “الأفريكوم” مقتل…), the outlet's
    if (quote) return this.quotesOnly(quote, firstToken, lastToken) && !this.reportedAfterComplementizer(sentence, firstToken) ? SCARE_QUOTED : QUOTED;
    const range = this.rangeOfToken(sentence, firstToken);
    if (!range) return OWN_WORDS;
    return range.bare
      ? { voice: "attributed", scareQuoted: false, cue: range.cue, speakerAt: range.from, speakerUpTo: range.speakerUpTo, linkers: range.linkers }
      : { voice: "attributed", scareQuoted: false, cue: range.cue };
  }
}

/** A stretch of text in someone else's words, for setting it apart in a reader. */
export interface VoiceSpan {
  readonly start: number;
  readonly end: number;
  readonly voice: Exclude<Voice, "author">;
  readonly cue?: string;
  /**
   * Opens right after a reporting verb with no complementizer: its first words are the verb's
   * subject, the speaker, whom the engine reads in the outlet's own words (VoiceOf.speakerAt).
   */
  readonly bare?: true;
}

/** Every quotation and every attributed stretch of a text (not only those around matches). */
export function voiceSpans(model: VoiceModel, text: string, tokens: Tokens, sentences: readonly Span[]): VoiceSpan[] {
  const spans: VoiceSpan[] = findQuotes(text, model.quotes, 0, text.length, tokens).map((q) => ({ start: q.open, end: q.close + 1, voice: "quoted" }));
  sentences.forEach((s) => {
    const first = firstTokenFrom(tokens, s.start);
    const end = firstTokenFrom(tokens, s.end);
    const ranges = attributedRanges(model.compiled, text, tokens, first, end);
    const cueOf = cuesOfTokens(ranges, first, end);
    let k = 0;
    while (k < cueOf.length) {
      const cue = cueOf[k];
      if (!cue) {
        k++;
        continue;
      }
      let last = k;
      while (last + 1 < cueOf.length && cueOf[last + 1] === cue) last++;
      const bare = ranges.some((r) => r.bare && r.from === first + k);
      spans.push({ start: tokens.starts[first + k]!, end: tokens.ends[first + last]!, voice: "attributed", cue, ...(bare ? { bare: true as const } : {}) });
      k = last + 1;
    }
  });
  return spans.sort((a, b) => a.start - b.start);
}
