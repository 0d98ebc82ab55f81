import { splitSentences, spanIndexAt } from "../arabic/sentences";
import { countWords, tokenize } from "../arabic/tokenize";
import type { Category } from "../lexicon/schema";
import { matchLexicon } from "../lexicon/match";
import { VoiceContext, type Voice } from "../voice";
import type { Engine } from "./engine";

/** One loaded term in one text: where it is, what it frames, and whose words it is in. */
export interface Match {
  /** Lexicon entry id. */
  readonly term: string;
  /** The lexicon form that matched, as the lexicon writes it. */
  readonly form: string;
  /** Exactly `body.slice(start, end)`: the form's own letters, clitics excluded. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The whole words, clitics included (بالمشير), for highlighting a word as the reader sees it. */
  readonly token_start: number;
  readonly token_end: number;
  readonly target: string;
  readonly category: Category;
  readonly valence: number;
  readonly voice: Voice;
  readonly scare_quoted: boolean;
  /** The reporting verb or attribution behind an `attributed` voice. */
  readonly cue: string | null;
  /** Index of the sentence holding the match (see `sentences`). */
  readonly sentence: number;
}

export interface TextAnalysis {
  readonly words: number;
  readonly sentences: readonly { start: number; end: number }[];
  readonly matches: readonly Match[];
}

/** Tokens → lexicon matches → voices, for one text. Offsets are UTF-16 offsets into `text`. */
export function analyzeText(engine: Engine, text: string): TextAnalysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const lexiconMatches = matchLexicon(engine.lexicon, text, tokens);
  const voices = new VoiceContext(engine.voice, text, tokens, sentences);
  const matches = lexiconMatches.map((m): Match => {
    const { entry, form } = m.form;
    const sentence = spanIndexAt(sentences, m.start);
    const voice = voices.voiceOf(m.start, m.end, m.firstToken, m.lastToken, sentence);
    return {
      term: entry.id,
      form,
      text: text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      token_start: m.tokenStart,
      token_end: m.tokenEnd,
      target: entry.target,
      category: entry.category,
      valence: entry.valence,
      voice: voice.voice,
      scare_quoted: voice.scareQuoted,
      cue: voice.cue ?? null,
      sentence,
    };
  });
  return { words: countWords(tokens), sentences, matches };
}
