import { PhraseSet } from "../arabic/phrases";
import type { Tokens } from "../arabic/tokenize";
import type { VoiceCues } from "./schema";

/**
 * Reported speech, sentence by sentence. Two kinds of cue:
 * - "according to" (وفق، بحسب، نقلا عن): the whole sentence is the source's;
 * - a reporting verb (قال، أكد، أشار): what follows it is the source's, except
 *   the words between the verb and its complementizer (قال المتحدث باسم الجيش إن…),
 *   which name the speaker in the outlet's own words. Without a complementizer
 *   (أعلنت الوزارة سحب القوات، وذلك بعد…) the report is a noun phrase and ends
 *   at the next comma, where the outlet's own clause resumes.
 * A heuristic: it cannot tell "the strikes confirm" from "the minister confirmed".
 */
type CueKind = "reporting" | "according" | "document" | "complementizer" | "blocker" | "carrier";

export interface AttributionCue {
  readonly kind: CueKind;
  readonly word: string;
}

export interface CompiledCues {
  readonly phrases: PhraseSet<AttributionCue>;
  /** Reporting verbs (as listed) whose object comes before «بأن…». */
  readonly describing: ReadonlySet<string>;
}

export function compileCues(cues: VoiceCues): CompiledCues {
  const items = (kind: CueKind, words: readonly string[]) => words.map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: { kind, word } }));
  return {
    phrases: new PhraseSet(
      [
        ...items("reporting", cues.reporting),
        ...items("according", cues.according),
        ...items("document", cues.notAccordingBefore),
        ...items("complementizer", cues.complementizers),
        ...items("blocker", cues.notComplementizerAfter),
        ...items("carrier", cues.subjectCarriedAfter),
      ],
      { articleOptional: false },
    ),
    describing: new Set(cues.describingVerbs),
  };
}

/** Token ranges [from, to] (inclusive) in the source's voice, with the cue that puts them there. */
export interface AttributedRange {
  readonly from: number;
  readonly to: number;
  readonly cue: string;
  /** A reporting verb without a complementizer: its subject, the speaker, comes first in the range (see VoiceOf.speakerAt). */
  readonly bare: boolean;
}

/** «وفق الاتفاق», «وفقا للقانون»: the according-to cue at hits[k] is followed at once by a rule or a document, not a source. */
function inAccordanceWith(hits: readonly { payload: AttributionCue; first: number; last: number }[], k: number): boolean {
  const next = hits[k + 1];
  return next !== undefined && next.payload.kind === "document" && next.first === hits[k]!.last + 1;
}

/** Attributed token ranges of one sentence, given the cue hits inside it (plain loops: this runs for every sentence with a match). */
function rangesOfSentence(
  describing: ReadonlySet<string>,
  hits: readonly { payload: AttributionCue; first: number; last: number }[],
  firstToken: number,
  lastToken: number,
  text: string,
  tokens: Tokens,
): AttributedRange[] {
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.payload.kind === "according" && !inAccordanceWith(hits, k)) return [{ from: firstToken, to: lastToken, cue: h.payload.word, bare: false }];
  }
  const ranges: AttributedRange[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (hit.payload.kind !== "reporting") continue;
    let complementizer: (typeof hits)[number] | undefined;
    for (let j = k + 1; j < hits.length; j++) {
      const h = hits[j]!;
      if (h.payload.kind === "reporting") break;
      if (h.payload.kind !== "complementizer") continue;
      const before = hits[j - 1]!;
      if (before.payload.kind === "blocker" && before.last === h.first - 1) continue;
      complementizer = h;
      break;
    }
    const from = complementizer ? complementizer.last + 1 : hit.last + 1;
    let to = lastToken;
    if (!complementizer) {
      for (let t = from; t < lastToken; t++) {
        if (commaAfter(text, tokens, t)) {
          to = t;
          break;
        }
      }
    }
    const carried = k > 0 && hits[k - 1]!.payload.kind === "carrier" && hits[k - 1]!.last === hit.first - 1;
    if (from <= to) ranges.push({ from, to, cue: hit.payload.word, bare: !complementizer && !carried });
    // وصف S O بأنه: the words before «بأن» are the subject (the speaker, first) and the object it describes (reported)
    if (complementizer && describing.has(hit.payload.word) && text.charAt(tokens.starts[complementizer.first]!) === "ب" && complementizer.first > hit.last + 1) {
      ranges.push({ from: hit.last + 1, to: complementizer.first - 1, cue: hit.payload.word, bare: !carried });
    }
  }
  return ranges;
}

/** A comma between tokens[k] and the next token. */
function commaAfter(text: string, tokens: Tokens, k: number): boolean {
  const to = k + 1 < tokens.length ? tokens.starts[k + 1]! : tokens.ends[k]!;
  for (let i = tokens.ends[k]!; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x060c || c === 0x2c) return true;
  }
  return false;
}

const NONE: readonly AttributedRange[] = [];

/** The attributed token ranges of the sentence tokens[first, end), in cue order: a token takes the cue of the first range holding it. */
export function attributedRanges(compiled: CompiledCues, text: string, tokens: Tokens, first: number, end: number): readonly AttributedRange[] {
  // which words the cues are is all the ranges need: their offsets are not worked out
  const hits = compiled.phrases.findWords(text, tokens, first, end);
  return hits.length === 0 ? NONE : rangesOfSentence(compiled.describing, hits, first, end - 1, text, tokens);
}

/** The range attributing tokens[token], given its sentence's ranges, or undefined for the outlet's own voice. */
export function rangeOf(ranges: readonly AttributedRange[], token: number): AttributedRange | undefined {
  for (const r of ranges) if (r.from <= token && token <= r.to) return r;
  return undefined;
}

/**
 * For each token of the sentence tokens[first, end), the cue word that
 * attributes it, or undefined for the outlet's own voice (indexes from `first`).
 */
export function attributeSentence(compiled: CompiledCues, text: string, tokens: Tokens, first: number, end: number): (string | undefined)[] {
  return cuesOfTokens(attributedRanges(compiled, text, tokens, first, end), first, end);
}

/** For each token of tokens[first, end), the cue of the first range holding it (indexes from `first`). */
export function cuesOfTokens(ranges: readonly AttributedRange[], first: number, end: number): (string | undefined)[] {
  const cueOf: (string | undefined)[] = new Array(end - first).fill(undefined);
  for (const range of ranges) {
    for (let k = range.from; k <= range.to; k++) cueOf[k - first] ??= range.cue;
  }
  return cueOf;
}
