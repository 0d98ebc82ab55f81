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
type CueKind = "reporting" | "according" | "document" | "complementizer" | "blocker" | "carrier" | "conditional" | "condition" | "ender" | "title" | "linker";

export interface AttributionCue {
  readonly kind: CueKind;
  readonly word: string;
  /** A conditional verb's group in CompiledCues.onlyWith. */
  readonly group?: number;
}

export interface CompiledCues {
  readonly phrases: PhraseSet<AttributionCue>;
  /** Reporting verbs (as listed) whose object comes before «بأن…». */
  readonly describing: ReadonlySet<string>;
  /** For each group of reportingOnlyWith, the words (as listed) one of which must follow its verb in the clause. */
  readonly onlyWith: readonly ReadonlySet<string>[];
  /** Reporting words whose subject comes before them: no speaker after them. */
  readonly subjectBefore: ReadonlySet<string>;
  /** Words a report without a complementizer ends before. */
  readonly endsReport: ReadonlySet<string>;
  /** How many words after a speaker's title its first naming may start. */
  readonly speakerWindow: number;
}

export function compileCues(cues: VoiceCues): CompiledCues {
  const items = (kind: CueKind, words: readonly string[], group?: number) =>
    words.map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: group === undefined ? { kind, word } : { kind, word, group } }));
  // a word listed twice keeps one kind in the phrase set (the first key); the lists below read hits by their word
  return {
    phrases: new PhraseSet(
      [
        ...items("reporting", cues.reporting),
        ...items("according", cues.according),
        ...items("document", cues.notAccordingBefore),
        ...items("complementizer", cues.complementizers),
        ...items("blocker", cues.notComplementizerAfter),
        ...items("carrier", cues.subjectCarriedAfter),
        ...cues.reportingOnlyWith.flatMap((g, group) => [...items("conditional", g.verbs, group), ...items("condition", g.with)]),
        ...items("ender", cues.reportEndsBefore),
        ...items("title", cues.speakerTitles),
        ...items("linker", cues.speakerLinkers),
      ],
      { articleOptional: false },
    ),
    describing: new Set(cues.describingVerbs),
    onlyWith: cues.reportingOnlyWith.map((g) => new Set(g.with)),
    subjectBefore: new Set(cues.subjectBefore),
    endsReport: new Set(cues.reportEndsBefore),
    speakerWindow: cues.speakerWindow,
  };
}

/** Token ranges [from, to] (inclusive) in the source's voice, with the cue that puts them there. */
export interface AttributedRange {
  readonly from: number;
  readonly to: number;
  readonly cue: string;
  /** A reporting verb without a complementizer: its subject, the speaker, comes first in the range (see VoiceOf.speakerAt). */
  readonly bare: boolean;
  /** An according-to cue's: the whole sentence, the outlet's words about the source among the source's. */
  readonly wholeSentence: boolean;
  /** A bare range opening with a speaker's title (المتحدث باسم): the last token where the speaker's first naming may start, else -1. */
  readonly speakerUpTo: number;
  /** In a bare range, the tokens that are linker words (التابعة، باسم): a naming right after the speaker and one of them is the speaker's too. */
  readonly linkers: readonly number[] | null;
}

/** A range, every one of the same shape (the engine reads them on its hot path). */
function range(from: number, to: number, cue: string, bare: boolean, wholeSentence = false, speakerUpTo = -1, linkers: readonly number[] | null = null): AttributedRange {
  return { from, to, cue, bare, wholeSentence, speakerUpTo, linkers };
}

type Hit = { payload: AttributionCue; first: number; last: number };

/** «وفق الاتفاق», «وفقا للقانون»: the according-to cue at hits[k] is followed at once by a rule or a document, not a source. */
function inAccordanceWith(hits: readonly Hit[], k: number): boolean {
  const next = hits[k + 1];
  return next !== undefined && next.payload.kind === "document" && next.first === hits[k]!.last + 1;
}

/** hits[j] is a complementizer right after a word that makes it none (بعد أن، قبل أن). */
function blockedComplementizer(hits: readonly Hit[], j: number): boolean {
  const before = hits[j - 1];
  return before !== undefined && before.payload.kind === "blocker" && before.last === hits[j]!.first - 1;
}

/** A verb (reporting, or conditional) opens a report of its own. */
const isVerb = (h: Hit) => h.payload.kind === "reporting" || h.payload.kind === "conditional";

/** The conditional verb at hits[k] reports: one of its group's words follows it in its clause, before any comma or other verb. */
function conditionHolds(compiled: CompiledCues, hits: readonly Hit[], k: number, text: string, tokens: Tokens): boolean {
  const verb = hits[k]!;
  const words = compiled.onlyWith[verb.payload.group!]!;
  for (let j = k + 1; j < hits.length; j++) {
    const h = hits[j]!;
    if (isVerb(h) || commaBetween(text, tokens, verb.last, h.first)) return false;
    if (words.has(h.payload.word) && !(h.payload.kind === "complementizer" && blockedComplementizer(hits, j))) return true;
  }
  return false;
}

/** Attributed token ranges of one sentence, given the cue hits inside it (plain loops: this runs for every sentence with a match). */
function rangesOfSentence(compiled: CompiledCues, hits: readonly Hit[], firstToken: number, lastToken: number, text: string, tokens: Tokens): AttributedRange[] {
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.payload.kind === "according" && !inAccordanceWith(hits, k)) return [range(firstToken, lastToken, h.payload.word, false, true)];
  }
  const ranges: AttributedRange[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (hit.payload.kind !== "reporting" && !(hit.payload.kind === "conditional" && conditionHolds(compiled, hits, k, text, tokens))) continue;
    let complementizer: Hit | undefined;
    for (let j = k + 1; j < hits.length; j++) {
      const h = hits[j]!;
      if (isVerb(h)) break;
      if (h.payload.kind !== "complementizer" || blockedComplementizer(hits, j)) continue;
      complementizer = h;
      break;
    }
    const from = complementizer ? complementizer.last + 1 : hit.last + 1;
    const to = complementizer ? lastToken : bareReportEnd(compiled, hits, k, from, lastToken, text, tokens);
    const carried = (k > 0 && hits[k - 1]!.payload.kind === "carrier" && hits[k - 1]!.last === hit.first - 1) || compiled.subjectBefore.has(hit.payload.word);
    if (from <= to) ranges.push(!complementizer && !carried ? bareRange(compiled, hits, k, from, to, hit.payload.word) : range(from, to, hit.payload.word, false));
    // وصف S O بأنه: the words before «بأن» are the subject (the speaker, first) and the object it describes (reported)
    if (complementizer && compiled.describing.has(hit.payload.word) && text.charAt(tokens.starts[complementizer.first]!) === "ب" && complementizer.first > hit.last + 1) {
      const [subject, end] = [hit.last + 1, complementizer.first - 1];
      ranges.push(carried ? range(subject, end, hit.payload.word, false) : bareRange(compiled, hits, k, subject, end, hit.payload.word));
    }
  }
  return ranges;
}

/** The speaker's title (المتحدث باسم، وزير) opening the report of hits[k] at token `from`, if any. */
function titleAt(hits: readonly Hit[], k: number, from: number): Hit | undefined {
  const next = hits[k + 1];
  return next !== undefined && next.payload.kind === "title" && next.first === from ? next : undefined;
}

/** The range of a reporting verb without a complementizer, its subject (the speaker) first: where its naming may start, and the linkers after it. */
function bareRange(compiled: CompiledCues, hits: readonly Hit[], k: number, from: number, to: number, cue: string): AttributedRange {
  const title = titleAt(hits, k, from);
  let linkers: number[] | undefined;
  for (let j = k + 1; j < hits.length && hits[j]!.first <= to; j++) {
    if (hits[j]!.payload.kind === "linker") (linkers ??= []).push(hits[j]!.first);
  }
  return range(from, to, cue, true, false, title ? Math.min(to, title.last + compiled.speakerWindow) : -1, linkers ?? null);
}

/** The last token of a report without a complementizer opened by hits[k]: before the next comma, or a word that ends a report. */
function bareReportEnd(compiled: CompiledCues, hits: readonly Hit[], k: number, from: number, lastToken: number, text: string, tokens: Tokens): number {
  let to = lastToken;
  for (let j = k + 1; j < hits.length; j++) {
    const h = hits[j]!;
    if (h.first > from && compiled.endsReport.has(h.payload.word)) {
      to = h.first - 1;
      break;
    }
  }
  for (let t = from; t < to; t++) if (commaAfter(text, tokens, t)) return t;
  return to;
}

/** A comma between tokens[a] and tokens[b] (a < b). */
function commaBetween(text: string, tokens: Tokens, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (commaAfter(text, tokens, t)) return true;
  return false;
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
  return hits.length === 0 ? NONE : rangesOfSentence(compiled, hits, first, end - 1, text, tokens);
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
