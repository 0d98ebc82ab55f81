import { splitSentences, spanIndexAt } from "../arabic/sentences";
import { countWords, tokenizeInto, tokenList, Tokens } from "../arabic/tokenize";
import type { ConstructionOf, Found, Role } from "../constructions/found";
import { buildLayers } from "../constructions/layers";
import { scareQuoteDistancing } from "../constructions/scare-quotes";
import type { Category } from "../lexicon/schema";
import { retargetByEra } from "../resolution/era";
import { resolveLabels, type Resolved } from "../resolution/resolve";
import { VoiceContext, type Voice, type VoiceOf } from "../voice";
import type { Engine } from "./engine";
import { mapped } from "../arabic/arrays";
import { plainRecords, type Writable } from "../arabic/plain";

/** A construction a match is built by, with its parts; `named` indexes the naming it is built on. */
export type Construction = Omit<ConstructionOf<unknown>, "named"> & { readonly named: number };

/** One loaded term in one text: where it is, what it frames, and whose words it is in. */
export interface Match {
  /** Lexicon entry id, or the construction's term (force-militias-lna, distancing-so-called-gna). */
  readonly term: string;
  /** The lexicon form that matched, as the lexicon writes it (for a construction, its pattern). */
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
  /** Index of the match this one is nested in (a name inside a phrase, the leader of a force), or null at the top. */
  readonly parent: number | null;
  readonly role: Role | null;
  readonly construction: Construction | null;
  /** For a side-switching label: the camp it points at, how that was read, and the words that tell. Null for other matches. */
  readonly resolved: Resolved | null;
}

export interface TextAnalysis {
  readonly words: number;
  readonly sentences: readonly { start: number; end: number }[];
  readonly matches: readonly Match[];
}

/** Index of each layer's parent: the nearest layer whose words hold it (layers come parents first). */
function parentsOf(layers: readonly { firstToken: number; lastToken: number }[]): (number | null)[] {
  const stack: number[] = [];
  return mapped(layers, (f, i) => {
    while (stack.length > 0 && layers[stack[stack.length - 1]!]!.lastToken < f.firstToken) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null;
    stack.push(i);
    return parent;
  });
}

/** A match's Construction made by `new` (see lib/arabic/plain.ts), fields in their JSON order. */
const ConstructionRecord = plainRecords(function ConstructionRecord(this: Writable<Construction>, c: ConstructionOf<Found>) {
  this.kind = c.kind;
  this.id = c.id;
  this.noun = c.noun;
  this.linker = c.linker;
  this.cue = c.cue;
  this.named = c.named.index;
  this.composed_valence = c.composed_valence;
});

/** A Match made by `new` (see lib/arabic/plain.ts), its fields in the order the JSON output has always had. */
const MatchRecord = plainRecords(function MatchRecord(
  this: Writable<Match>,
  f: Found,
  text: string,
  voice: VoiceOf,
  sentence: number,
  parent: number | null,
  construction: Construction | null,
  resolved: Resolved | null,
) {
  this.term = f.term;
  this.form = f.form;
  this.text = text;
  this.start = f.start;
  this.end = f.end;
  this.token_start = f.tokenStart;
  this.token_end = f.tokenEnd;
  this.target = f.target;
  this.category = f.category;
  this.valence = f.valence;
  this.voice = voice.voice;
  this.scare_quoted = voice.scareQuoted;
  this.cue = voice.cue ?? null;
  this.sentence = sentence;
  this.parent = parent;
  this.role = parent === null ? null : (f.role ?? "part");
  this.construction = construction;
  this.resolved = resolved;
});

const OWN_VOICE: VoiceOf = { voice: "author", scareQuoted: false };

/**
 * A reporting verb with no complementizer has its subject, the speaker, right after it, named in
 * the outlet's own words: the naming at that token (or, after a speaker's title, the first within a
 * word or two of it: وأعلن المتحدث باسم الجيش…), those nested in it, those in apposition to it naming
 * the same target (وأكد رئيس المجلس الأعلى للدولة خالد المشري دعمه…) and one after a linker word
 * (رئاسة الأركان التابعة لحكومة الوحدة). A naming of another target right after it is the verb's
 * object (واتهمت الحكومة الميليشيات…) and stays reported.
 */
function speakersInOwnVoice(layers: readonly Found[], voices: VoiceOf[]): void {
  let run: { at: number; end: number; targets: Set<string> } | undefined;
  layers.forEach((f, i) => {
    const voice = voices[i]!;
    const at = voice.speakerAt;
    if (at === undefined) return;
    const first = f.firstToken;
    if (run?.at !== at && (first === at || (at < first && first <= (voice.speakerUpTo ?? -1)))) run = { at, end: f.lastToken, targets: new Set([f.target]) };
    else if (run?.at === at && (first <= run.end || (first === run.end + 1 && run.targets.has(f.target)) || (first === run.end + 2 && voice.linkers?.includes(run.end + 1)))) {
      run.end = Math.max(run.end, f.lastToken);
      run.targets.add(f.target);
    } else return;
    voices[i] = OWN_VOICE;
  });
}

/**
 * The token arrays every analysis fills again: no analysis keeps its tokens (layers and matches hold token indexes and
 * offsets), and analyzeText runs to its end before another starts, so one set of arrays serves them all. A text longer
 * than SCRATCH_CHARS gets arrays of its own, which go with it: the shared ones never hold more than about 10 MB.
 */
const SCRATCH_TOKENS = new Tokens(4096);
const SCRATCH_CHARS = 1 << 20;

/**
 * Tokens → lexicon matches → layers and constructions → era → voices → resolved labels, for one
 * text. Offsets are UTF-16 offsets into `text`. `date` (the article's, YYYY[-MM[-DD]]) picks the
 * era's target for words that named different actors over the years (lib/resolution/era.ts).
 */
export function analyzeText(engine: Engine, text: string, date: string | null = null): TextAnalysis {
  const tokens = text.length <= SCRATCH_CHARS ? tokenizeInto(text, SCRATCH_TOKENS) : tokenList(text);
  const sentences = splitSentences(text, tokens);
  const context = { text, tokens, sentences, lexicon: engine.lexicon, grammar: engine.constructions };
  const layers = buildLayers(context);
  retargetByEra(layers, engine.lexicon, date);
  const voices = new VoiceContext(engine.voice, text, tokens, sentences);
  const sentenceOf = mapped(layers, (f) => spanIndexAt(sentences, f.start));
  const voiceOf = mapped(layers, (f, i) => voices.voiceOf(f.start, f.end, f.firstToken, f.lastToken, sentenceOf[i]!));
  speakersInOwnVoice(layers, voiceOf);
  scareQuoteDistancing(engine.constructions, text, layers, voiceOf);
  const parents = parentsOf(layers);
  // a literal rather than a spread of `context`: copying an object by spread is slow on this hot path
  const resolved = resolveLabels({ text, tokens, grammar: engine.constructions, sentences, layers, sentenceOf, targets: engine.lexicon.targets, date });
  const matches = mapped(layers, (f, i): Match => {
    const c = f.construction;
    return new MatchRecord(f, text.slice(f.start, f.end), voiceOf[i]!, sentenceOf[i]!, parents[i]!, c ? new ConstructionRecord(c) : null, resolved[i]!);
  });
  return { words: countWords(tokens), sentences, matches };
}
