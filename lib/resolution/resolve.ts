import { SpanRecord, type Span } from "../arabic/sentences";
import type { Tokens } from "../arabic/tokenize";
import type { CompiledConstructions } from "../constructions/compile";
import { procliticOf, type Found } from "../constructions/found";
import type { Target } from "../lexicon/schema";
import { mapped } from "../arabic/arrays";
import type { PhraseHit } from "../arabic/phrases";
import { plainRecords, type Writable } from "../arabic/plain";
import { period } from "../corpus/period";
import { DEFAULT_RESOLUTION_CUES, sideWords, speakerWords, type HeldCue, type SideCue, type SpeakerCue } from "./default-cues";
import type { PlaceEra } from "./schema";
import { holds } from "./era";

/**
 * Whom a side-switching label (الجيش الليبي، الميليشيات، الإرهابيين…) points at,
 * read as a careful reader does, nearest evidence first:
 *  phrase     a linker or apposition right after it (الجيش الليبي بقيادة المشير حفتر);
 *  sentence   a verb of attack, defence or accusation with a camp on its other side (قصفت
 *             قوات الوفاق مواقع الجيش الليبي: the camp's one opponent among the label's,
 *             in the article's era), else the camps the sentence names;
 *  paragraph  the camps its paragraph names;
 *  article    the same label resolved elsewhere in the article, all to one camp;
 *             else the camp the article names most, if framed the label's way;
 *  null       unresolved.
 * In a window with several camps the label goes to the camp framed the way
 * the label frames (a praising label to the praised camp, a damning one to the
 * damned); when the only camp named is framed the other way, to its one
 * opponent among the label's camps (الجيش الليبي يصد ميليشيات الوفاق → lna).
 * That opponent is an inference, not a naming: a camp the article names the
 * label's way, or the label resolved elsewhere, comes first (وتعهد المشير حفتر
 * بملاحقة التكفيريين in an article about ISIS → isis, not the GNA).
 * A neutral label (valence 0: مسلحين) is resolved only by its phrase or by
 * its own resolved uses elsewhere in the article.
 */
export const RESOLVED_BY = ["phrase", "sentence", "paragraph", "article"] as const;
export type ResolvedBy = (typeof RESOLVED_BY)[number];

export interface Resolved {
  readonly target: string | null;
  readonly by: ResolvedBy | null;
  readonly evidence: { readonly start: number; readonly end: number } | null;
}

export const UNRESOLVED: Resolved = { target: null, by: null, evidence: null };

interface Context {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Span[];
  readonly layers: readonly Found[];
  /** Sentence index of each layer. */
  readonly sentenceOf: readonly number[];
  readonly grammar: CompiledConstructions;
  readonly targets: ReadonlyMap<string, Target>;
  /** The article's date (YYYY[-MM[-DD]]), or null: a camp outside its period is nobody's opponent then. */
  readonly date?: string | null;
}

/** A Resolved made by `new` (see lib/arabic/plain.ts): one per label of every text. */
const ResolvedRecord = plainRecords(function ResolvedRecord(this: Writable<Resolved>, target: string, by: ResolvedBy, evidence: Resolved["evidence"]) {
  this.target = target;
  this.by = by;
  this.evidence = evidence;
});

const span = (start: number, end: number): Span => new SpanRecord(start, end);

/** What the resolver reads of a text, worked out once: the camp each non-label layer speaks for. */
interface Prepared extends Context {
  readonly campOfLayer: readonly (string | undefined)[];
  /** The article's date as a period (undefined when undated), read once for every label's era. */
  readonly days: ReturnType<typeof period> | undefined;
  /** By sentence, filled as labels ask (see sideCuesOf). */
  readonly sideCues: Map<Span, SentenceCues>;
  /** By sentence, filled as praising labels ask (see speakerCuesOf). */
  readonly speakerCues: Map<Span, readonly PhraseHit<SpeakerCue>[]>;
  /** Labels the outlet distances itself from (ما يسمى بالجيش الوطني): no praise of their camp (see praisedCamp). */
  readonly distanced: Set<Found>;
}

interface SentenceCues {
  readonly first: number;
  readonly end: number;
  readonly cues: readonly PhraseHit<SideCue>[];
}

function prepare(c: Context): Prepared {
  const { relations } = c.grammar;
  const campOfLayer = mapped(c.layers, (f) => (relations.kindOf(f.target) === "label" ? undefined : relations.campOf(f.target)));
  return { text: c.text, tokens: c.tokens, sentences: c.sentences, layers: c.layers, sentenceOf: c.sentenceOf, grammar: c.grammar, targets: c.targets, date: c.date, campOfLayer, days: c.date ? period(c.date) : undefined, sideCues: new Map(), speakerCues: new Map(), distanced: new Set() };
}

/** The first index in [0, n) for which `before` is false, `before` being true then false along the layers' token order. */
function firstIndex(n: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first layer that can start at or after offset `from`. */
const firstLayerFrom = (c: Prepared, from: number): number => firstIndex(c.layers.length, (k) => c.tokens.ends[c.layers[k]!.firstToken]! <= from);

/** The layers whose first word is tokens[token]. */
function layersAtToken(c: Context, token: number): Found[] {
  const out: Found[] = [];
  for (let k = firstIndex(c.layers.length, (m) => c.layers[m]!.firstToken < token); k < c.layers.length && c.layers[k]!.firstToken === token; k++) out.push(c.layers[k]!);
  return out;
}

/** A linker and a naming right after the label, or a camp's qualifier or naming in apposition. */
function byPhrase(c: Context, label: Found, camps: readonly string[]): Resolved | undefined {
  const { text, tokens, grammar } = c;
  if (label.end !== label.tokenEnd) return undefined;
  const next = label.lastToken + 1;
  const linker = grammar.linkers.startingAt(text, tokens, next);
  const firstOfNaming = linker ? linker.last + 1 : next;
  const after = layersAtToken(c, firstOfNaming).filter((f) => f !== label);
  for (const f of after) {
    if (firstOfNaming === next && (f.start !== tokens.starts[next]! || next < 1)) continue;
    if (linker && procliticOf(text, f) !== linker.payload.clitic) continue;
    if (!linker && f.naming && c.grammar.relations.kindOf(f.target) !== "camp") continue;
    const camp = linker?.payload.relation === "backs" ? grammar.relations.clientOf(f.target) : grammar.relations.campOf(f.target);
    if (camp && camps.includes(camp)) return new ResolvedRecord(camp, "phrase", span(linker ? linker.start : f.start, f.end));
  }
  return undefined;
}

/** How many tokens before a label the phrase enclosing it may start (ما يسمى بـ، قوات، وحدات… and the label). */
const ENCLOSING_REACH = 8;

/**
 * A label nested in a camp's phrase, as its name (الجيش الوطني in «ما يسمى بالجيش الوطني» or «قوات الجيش الوطني»,
 * which the constructions made the LNA's): the phrase's camp, whatever the phrase's framing. Since round fifteen: a
 * distancing phrase is framed against the camp (−2), and the framing step made its praising label the camp's opponent.
 */
function byEnclosing(c: Prepared, label: Found, at: number, camps: readonly string[]): Resolved | undefined {
  for (let k = at - 1; k >= 0 && c.layers[k]!.firstToken >= label.firstToken - ENCLOSING_REACH; k--) {
    const f = c.layers[k]!;
    if (f.start > label.start || f.end < label.end || (f.start === label.start && f.end === label.end)) continue;
    const camp = c.campOfLayer[k];
    if (!camp || !camps.includes(camp)) continue;
    if (f.category === "distancing") c.distanced.add(label);
    return new ResolvedRecord(camp, "phrase", span(f.start, f.end));
  }
  return undefined;
}

/**
 * A verb of attack, defence or accusation setting the label against a camp's naming, in the label's sentence: the
 * label is that camp's opponent (قصفت قوات الوفاق مواقع الجيش الليبي → lna; اتهمت حكومة الوحدة الميليشيات → gns).
 * The verb nearest the label is read, with the other side as Arabic orders it: for a verb before the label, the
 * naming between them (the subject of verb–subject–object), else the one before the verb (subject–verb–object),
 * else the first after the label (the label its subject); for a verb after the label, the first naming after it.
 * This is syntax, not framing, so it holds for neutral labels (مسلحين) too and comes before the sentence's framing.
 * The opponent must be one: among the label's camps, in the article's era (a camp's `period`), and when several,
 * the one the article names. «إلى جانب / في صفوف» between the label and that naming (يقاتلون إلى جانب قوات
 * الوفاق) joins the sides: the label is of the camp itself.
 */
function byOpposingVerb(c: Prepared, label: Found, sentence: Span, camps: readonly string[]): Resolved | undefined {
  const { first, end, cues } = sideCuesOf(c, sentence);
  // «إلى جانب / في صفوف» between the label and the other side joins them instead (تقاتل الجماعات إلى جانب قوات الوفاق)
  const joined = (other: Side) => cues.some((a) => a.payload === "alongside" && a.first > Math.min(label.lastToken, other.lastToken) && a.last < Math.max(label.firstToken, other.firstToken));
  const verbs = cues.filter((v) => v.payload === "opposing");
  const before = verbs.filter((v) => v.last < label.firstToken).pop();
  const after = verbs.find((v) => v.first > label.lastToken);
  const sides = (verb: PhraseHit<SideCue>) =>
    verb === before
      ? (campAcross(c, verb.last + 1, label.firstToken, "first") ?? campAcross(c, first, verb.first, "last") ?? campAcross(c, label.lastToken + 1, end, "first"))
      : campAcross(c, verb.last + 1, end, "first");
  for (const verb of [before, after]) {
    const other = verb && sides(verb);
    const side = other && (joined(other) ? (camps.includes(other.camp) ? other.camp : undefined) : oneOpponent(c, other.camp, camps, () => nearestPlace(cues, label, placeCamp(c, label, camps), "sentence")?.target));
    if (side) return new ResolvedRecord(side, "sentence", span(Math.min(verb.start, other.start), Math.max(verb.end, other.end)));
  }
  return undefined;
}

/**
 * A camp's naming and the label joined by «في صفوف / إلى جانب» and nothing else (مرتزقة سوريين في صفوف القوات الحكومية;
 * الجيش الليبي إلى جانب قوات…): one side, so the label is of that camp. Syntax, not framing: it comes before the
 * sentence's framing, which would make a damned camp's companion its opponent.
 */
function byAlongside(c: Prepared, label: Found, sentence: Span, camps: readonly string[]): Resolved | undefined {
  const { cues } = sideCuesOf(c, sentence);
  for (const w of cues) {
    if (w.payload !== "alongside") continue;
    const other = w.last + 1 === label.firstToken ? campAcross(c, 0, w.first, "last") : w.first === label.lastToken + 1 ? campAcross(c, w.last + 1, Infinity, "first") : undefined;
    if (!other || (other.lastToken + 1 !== w.first && other.firstToken !== w.last + 1)) continue;
    const [camp] = inTheirEra(c, [other.camp], camps);
    if (camp) return new ResolvedRecord(camp, "sentence", span(Math.min(w.start, other.start), Math.max(w.end, other.end)));
  }
  return undefined;
}

/**
 * A word of support or alliance between the label and the nearest camp's naming across it (ويتلقى التنظيم الإرهابي دعما
 * بحريا من ميليشيات فجر ليبيا; الكتائب المتحالفة مع…): the label is that camp's one ally or client among its camps in
 * the article's era (the lexicon's `allied` and `backs`), else the camp itself (أعلن مجلس النواب دعمه للجيش: the House's
 * own army); a camp between a word before the label and the label is supported with it, so the label is on its side
 * (تجتهد حكومة الوفاق للحصول على دعم الحكومة الأخرى في الشرق والقوات المسلحة الموالية لها: the east's). The framing
 * would make a damned backer the label itself.
 */
function byAlliance(c: Prepared, label: Found, sentence: Span, camps: readonly string[]): Resolved | undefined {
  const { first, end, cues } = sideCuesOf(c, sentence);
  const word = cues.find((w) => w.payload === "allied" && w.first > label.lastToken) ?? cues.filter((w) => w.payload === "allied" && w.last < label.firstToken).pop();
  // a complementizer between them opens another clause, whose support is another's (وقال المتحدث باسم الجيش الوطني إن
  // الوحدات تواجه مجموعات مدعومة من أنقرة: Ankara backs the groups, not the army): since round fifteen
  if (!word || acrossClauses(c, sentence, label, word)) return undefined;
  // a camp between a word before the label and the label is supported with it (دعم الحكومة الأخرى … والقوات المسلحة
  // الموالية لها): the label is on that camp's side, not its ally's
  const between = word.last < label.firstToken ? campAcross(c, word.last + 1, label.firstToken, "last") : undefined;
  if (between) {
    const [camp] = inTheirEra(c, [between.camp], camps);
    return camp ? new ResolvedRecord(camp, "sentence", span(word.start, between.end)) : undefined;
  }
  const other = word.first > label.lastToken ? campAcross(c, word.last + 1, end, "first") : campAcross(c, first, word.first, "last");
  if (!other) return undefined;
  const allies = inTheirEra(c, c.grammar.relations.alliesOf(other.camp), camps);
  const [camp] = allies.length === 1 ? allies : inTheirEra(c, [other.camp], camps);
  return camp ? new ResolvedRecord(camp, "sentence", span(Math.min(word.start, other.start), Math.max(word.end, other.end))) : undefined;
}

/** Whether a complementizer (إن، أن: the voice's list) stands between the label and a cue word of its sentence. */
function acrossClauses(c: Prepared, sentence: Span, label: Found, w: PhraseHit<SideCue>): boolean {
  const [from, to] = w.first > label.lastToken ? [label.lastToken, w.first] : [w.last, label.firstToken];
  return speakerCuesOf(c, sentence).some((s) => s.payload === "complementizer" && s.first > from && s.last < to);
}

/**
 * A praising label in a speaker's words is the speaker's own side (وقال المتحدث باسم قوات حفتر إن الجيش لا علاقة له…:
 * no outlet's speaker praises the other side's army). The speaker is the first camp named, or the first person of
 * `speakers` in cues.json (وقال اللواء أحمد المسماري إن وحدات الجيش… → the LNA), between a reporting verb and the
 * complementizer nearest before the label; a name after the complementizer (وقال قنونو إن المسماري…: the other side's
 * spokesman quoted) is not the speaker. A damning label is the speaker's opponent instead, when one is left (see
 * speakersOpponent; round ten measured «قال الدبيبة إن زمن المارقين انتهى» going to the wrong camp by the framing).
 */
function bySpeaker(c: Prepared, label: Found, at: number, camps: readonly string[]): Resolved | undefined {
  if (label.valence === 0) return undefined;
  const sentence = c.sentences[at]!;
  const pair = reportedBy(c, sentence, label.firstToken);
  if (!pair) return undefined;
  // a damning label is the speaker's opponent: his camp is read among all camps, not the label's
  const among = label.valence > 0 ? camps : undefined;
  const speaker = speakerAcross(c, sentence, pair.verb.last + 1, pair.complementizer.first, among);
  const found = speaker ? new ResolvedRecord(speaker.camp, "sentence", span(pair.verb.start, speaker.end)) : continues(c, sentence, pair) ? previousSpeaker(c, at, among) : undefined;
  return found && label.valence < 0 ? speakersOpponent(c, label, at, found, camps) : found;
}

/**
 * A damning label in a speaker's words is his camp's opponent (وقال الدبيبة إن زمن المارقين انتهى: in 2025 the
 * apparatus the unity government moved against), when the era and the article leave one among the label's camps
 * (oneOpponent: the one holding a place of the sentence, else the one the article names). Since round fifteen; round
 * thirteen left damning labels out because a speaker has several opponents, which oneOpponent now settles or declines.
 */
function speakersOpponent(c: Prepared, label: Found, at: number, speaker: Resolved, camps: readonly string[]): Resolved | undefined {
  // the place step's own reading: the sentence's place, or an earlier one named back (يريد تطهير المدينة من الإرهابيين)
  let place: Resolved | undefined;
  const opponent = oneOpponent(c, speaker.target!, camps, () => (place = byPlace(c, label, at, camps))?.target);
  if (!opponent) return undefined;
  // the place that chose among the speaker's opponents is the evidence the reader wants to see (الجنوب: ISIS in 2019)
  return place?.target === opponent ? place : new ResolvedRecord(opponent, speaker.by!, speaker.evidence);
}

/** Whether a sentence naming no camp names a person of `speakers` or opens with a reporting verb (وأضاف أن…): a cheap look before its reporting verbs are all found. */
function mayHaveSpeaker(c: Prepared, sentence: Span): boolean {
  const { first, end, cues } = sideCuesOf(c, sentence);
  return cues.some((w) => heldOf(w) === "speaker") || speakerWords().hitAt(c.text, c.tokens, first, end)?.payload === "reporting";
}

interface Reported {
  readonly verb: PhraseHit<SpeakerCue>;
  readonly complementizer: PhraseHit<SpeakerCue>;
}

/** A reporting verb and its complementizer before the token `before`: the complementizer nearest it, or with `before` undefined the first. */
function reportedBy(c: Prepared, sentence: Span, before: number | undefined): Reported | undefined {
  let complementizer: PhraseHit<SpeakerCue> | undefined;
  let verb: PhraseHit<SpeakerCue> | undefined;
  for (const w of speakerCuesOf(c, sentence)) {
    if (before !== undefined ? w.last >= before : complementizer) break;
    if (w.payload === "complementizer" && verb) complementizer = w;
    else if (w.payload === "reporting" && !complementizer) verb = w;
  }
  return complementizer ? { verb: verb!, complementizer } : undefined;
}

/** Words that open an adjunct, not a subject, after a reporting verb (وقال في كلمة متلفزة إن…): `speakerAdjuncts` in cues.json. */
const ADJUNCTS: ReadonlySet<string> = new Set(DEFAULT_RESOLUTION_CUES.speakerAdjuncts);

/**
 * A sentence that opens with a reporting verb and its complementizer, with nothing between or only an adjunct (وأضاف
 * أن…، وقال في كلمة متلفزة إن…): no new speaker, the previous sentence's goes on.
 */
function continues(c: Prepared, sentence: Span, { verb, complementizer }: Reported): boolean {
  if (verb.first !== sideCuesOf(c, sentence).first) return false;
  const next = verb.last + 1;
  return complementizer.first === next || ADJUNCTS.has(c.text.slice(c.tokens.starts[next]!, c.tokens.ends[next]!));
}

/** How many sentences before a speaker's continuation (وأضاف أن… وأكد أن…) are read for the speaker. */
const SPEAKER_LOOKBACK = 3;

/** The speaker of the sentences before, through their own continuations: like the previous sentence's camp (byBackReference), beyond the sentence. */
function previousSpeaker(c: Prepared, at: number, camps: readonly string[] | undefined): Resolved | undefined {
  for (let back = at - 1; back >= Math.max(0, at - SPEAKER_LOOKBACK); back--) {
    const sentence = c.sentences[back]!;
    const pair = reportedBy(c, sentence, undefined);
    if (!pair) return undefined;
    const speaker = speakerAcross(c, sentence, pair.verb.last + 1, pair.complementizer.first, camps);
    if (speaker) return new ResolvedRecord(speaker.camp, "paragraph", span(pair.verb.start, speaker.end));
    if (!continues(c, sentence, pair)) return undefined;
  }
  return undefined;
}

/** The first camp's naming or person of `speakers` within the tokens [from, to), as the article's date has it among the label's camps (among all, `camps` undefined). */
function speakerAcross(c: Prepared, sentence: Span, from: number, to: number, camps: readonly string[] | undefined): { camp: string; end: number } | undefined {
  const named = campAcross(c, from, to, "first");
  const person = sideCuesOf(c, sentence).cues.find((w) => heldOf(w) === "speaker" && w.first >= from && w.last < to);
  if (person && (!named || person.first < named.firstToken)) {
    const [camp] = inTheirEra(c, heldCamps(c, person), camps);
    return camp ? { camp, end: person.end } : undefined;
  }
  const [camp] = named ? inTheirEra(c, [named.camp], camps) : [];
  return camp ? { camp, end: named!.end } : undefined;
}

/** What a cue word is when it is a place's or a speaker's, else undefined. */
const heldOf = (w: PhraseHit<SideCue>): HeldCue["of"] | undefined => (typeof w.payload === "object" ? w.payload.of : undefined);

/** The camps a speaker spoke for on the article's date; undated, his one era's, or the one whose camp the article names. */
function heldCamps(c: Prepared, w: PhraseHit<SideCue>): string[] {
  const { eras } = w.payload as HeldCue;
  if (c.days) return eras.filter((e) => holds(e, c.days!)).map((e) => e.camp);
  const named = eras.length === 1 ? eras : eras.filter((e) => c.campOfLayer.includes(e.camp));
  return named.length === 1 ? [named[0]!.camp] : [];
}

/**
 * A camp's naming, a word of predication and the label right after (`describedAs` in cues.json: ووصف المسماري حكومة
 * الوفاق بأنها حكومة الميليشيات): one referent, so the label is that camp's. Syntax, not framing: a damning label on
 * a camp named neutrally, and a neutral label, are read alike. One word may stand between the predication and the
 * label (its head: حكومة).
 */
function byDescription(c: Prepared, label: Found, sentence: Span, camps: readonly string[]): Resolved | undefined {
  const { cues } = sideCuesOf(c, sentence);
  const word = cues.find((w) => w.payload === "described-as" && w.last < label.firstToken && label.firstToken - w.last <= 2);
  const named = word && campAcross(c, 0, word.first, "last");
  if (!named || named.lastToken + 1 !== word!.first) return undefined;
  const [camp] = inTheirEra(c, [named.camp], camps);
  return camp ? new ResolvedRecord(camp, "sentence", span(named.start, word!.end)) : undefined;
}

/** Whether a layer outside the label's words, in its sentence, names a camp. */
function namesCampOutside(c: Prepared, label: Found, sentence: Span): boolean {
  for (let k = firstLayerFrom(c, sentence.start); k < c.layers.length; k++) {
    const f = c.layers[k]!;
    if (f.start >= sentence.end) return false;
    if (c.campOfLayer[k] && (f.lastToken < label.firstToken || f.firstToken > label.lastToken)) return true;
  }
  return false;
}

/** The reporting verbs and complementizers of a sentence, found once and only for a praising label that reaches bySpeaker (they are frequent words). */
function speakerCuesOf(c: Prepared, sentence: Span): readonly PhraseHit<SpeakerCue>[] {
  let found = c.speakerCues.get(sentence);
  if (!found) {
    const { first, end } = sideCuesOf(c, sentence);
    c.speakerCues.set(sentence, (found = speakerWords().findAll(c.text, c.tokens, first, end)));
  }
  return found;
}

/** The sentence's tokens [first, end) and its opposing and alongside words, found once per sentence with a label. */
function sideCuesOf(c: Prepared, sentence: Span): SentenceCues {
  let found = c.sideCues.get(sentence);
  if (!found) {
    const { tokens } = c;
    const first = firstIndex(tokens.length, (k) => tokens.starts[k]! < sentence.start);
    const end = firstIndex(tokens.length, (k) => tokens.starts[k]! < sentence.end);
    c.sideCues.set(sentence, (found = { first, end, cues: sideWords().findAll(c.text, tokens, first, end) }));
  }
  return found;
}

/** A camp's naming on the other side of a verb from the label. */
interface Side {
  readonly camp: string;
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly lastToken: number;
}

/** The first or last camp named by a whole layer within the tokens [from, to). */
function campAcross(c: Prepared, from: number, to: number, which: "first" | "last"): Side | undefined {
  let found: Side | undefined;
  for (let k = firstIndex(c.layers.length, (m) => c.layers[m]!.firstToken < from); k < c.layers.length; k++) {
    const f = c.layers[k]!;
    if (f.firstToken >= to) break;
    const camp = c.campOfLayer[k];
    if (!camp || f.lastToken >= to) continue;
    found = { camp, start: f.start, end: f.end, firstToken: f.firstToken, lastToken: f.lastToken };
    if (which === "first") break;
  }
  return found;
}

/** The one opponent of `camp` among the label's camps (either opposing the other), in the article's era (a camp out of its era read as its successor); when several, the one holding a place in the sentence, else the one the article names. */
function oneOpponent(c: Prepared, camp: string, camps: readonly string[], placed?: () => string | null | undefined): string | undefined {
  // either side's `opposes` counts: the LNA opposes the GNA in the lexicon, and ISIS the LNA
  const { relations } = c.grammar;
  const opposed = (o: string) => relations.opponentsOf(camp).includes(o) || relations.opponentsOf(o).includes(camp);
  const opponents = inTheirEra(c, camps.filter(opposed), camps);
  if (opponents.length <= 1) return opponents[0];
  // several: the one holding a place in the sentence then (وفي بنغازي، يشن حفتر هجوما على المجموعات المسلحة: 2014's
  // Shura councils, not Libya Dawn), else the one the article names
  const here = placed?.();
  if (here && opponents.includes(here)) return here;
  const named = opponents.filter((o) => c.campOfLayer.includes(o));
  return named.length === 1 ? named[0] : undefined;
}

/** A label target's generic referent (terrorists → isis), from cues.json's `generic`. */
const GENERIC: Readonly<Record<string, string>> = DEFAULT_RESOLUTION_CUES.generic;

/** A camp continued by another after its period (gna → gnu), from cues.json's `successors`. */
const SUCCESSOR: ReadonlyMap<string, string> = new Map(DEFAULT_RESOLUTION_CUES.successors.map((s) => [s.camp, s.successor]));

/** Whether the article's date (none: always) falls in the camp's period (none: always). */
function inEra(c: Prepared, camp: string): boolean {
  const p = c.targets.get(camp)?.period;
  return !c.days || !p || holds(p, c.days);
}

/** The camp as the article's date has it: itself in its period, else the successor whose period holds the date (the GNA in 2023 is the unity government), else undefined. */
function inItsEra(c: Prepared, camp: string): string | undefined {
  if (inEra(c, camp)) return camp;
  const next = SUCCESSOR.get(camp);
  return next && inEra(c, next) ? next : undefined;
}

/** The camps as the article's date has them, among the label's (all, `camps` undefined), once each. */
function inTheirEra(c: Prepared, found: readonly string[], camps: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const o of found) {
    const now = inItsEra(c, o);
    if (now && (!camps || camps.includes(now)) && !out.includes(now)) out.push(now);
  }
  return out;
}

/** A label's camps (`resolves_to`) and their successors (army-label's gna, so gnu too): worked out once per target. */
const CAMPS_OF = new WeakMap<Target, readonly string[]>();

function campsOf(t: Target): readonly string[] {
  let camps = CAMPS_OF.get(t);
  if (!camps) {
    const successors = t.resolves_to.map((o) => SUCCESSOR.get(o)).filter((o): o is string => o !== undefined && !t.resolves_to.includes(o));
    CAMPS_OF.set(t, (camps = [...t.resolves_to, ...new Set(successors)]));
  }
  return camps;
}

/**
 * A sentence that names no camp but refers back to one («ويصف إعلام الشرق هذه الكتائب بأنها ميليشيات»: a demonstrative
 * before a force noun, `backReference` in cues.json): the label is of the camp the previous sentence names first among
 * the label's camps, its subject as Arabic orders it. Syntax, not framing: it holds for neutral labels and for a
 * damning label on a camp named neutrally.
 */
function byBackReference(c: Prepared, label: Found, at: number, camps: readonly string[]): Resolved | undefined {
  const sentence = c.sentences[at]!;
  if (at === 0) return undefined;
  if (!sideCuesOf(c, sentence).cues.some((w) => w.payload === "back-reference")) return undefined;
  const previous = c.sentences[at - 1]!;
  for (let k = firstLayerFrom(c, previous.start); k < c.layers.length; k++) {
    const f = c.layers[k]!;
    if (f.start >= previous.end) break;
    const camp = c.campOfLayer[k];
    if (camp && camps.includes(camp)) return new ResolvedRecord(camp, "paragraph", span(f.start, f.end));
  }
  return undefined;
}

/** How many sentences before the label's a word naming an earlier place (على المدينة) looks back. */
const PLACE_LOOKBACK = 3;

/**
 * A place in the label's sentence held by one of the label's camps in the article's era (`places` in cues.json:
 * Benghazi 2014–2017 by the Shura councils, Tripoli from 2021 by the unity government): after the sentence's and the
 * paragraph's framing, before the article's. Not for a praising label (a camp's own army fought in the other's
 * suburbs). Undated, the era whose camp the article names, if one. The place nearest the label decides; with none in
 * the sentence, a word naming an earlier place (المدينة) reads the nearest of the sentences before.
 */
function byPlace(c: Prepared, label: Found, at: number, camps: readonly string[]): Resolved | undefined {
  if (label.valence > 0) return undefined;
  const campOf = placeCamp(c, label, camps);
  const { cues } = sideCuesOf(c, c.sentences[at]!);
  const here = nearestPlace(cues, label, campOf, "sentence");
  if (here || !cues.some((w) => w.payload === "place-reference")) return here;
  for (let back = at - 1; back >= Math.max(0, at - PLACE_LOOKBACK); back--) {
    const places = sideCuesOf(c, c.sentences[back]!).cues.filter((w) => heldOf(w) === "place");
    // the place an earlier sentence named, read like the previous sentence's camp (byBackReference): beyond the sentence
    if (places.length > 0) return nearestPlace([places[places.length - 1]!], label, campOf, "paragraph");
  }
  return undefined;
}

/** Nouns that may stand between a label and its place (ثوار مدينة مصراتة): `placeNouns` in cues.json. */
const PLACE_NOUNS: ReadonlySet<string> = new Set(DEFAULT_RESOLUTION_CUES.placeNouns);

/**
 * A label followed by a place, as its genitive (ثوار مصراتة، كتائب الزنتان، ثوار مدينة مصراتة): the forces of the place,
 * of the camp that held it in the article's era, whatever the label's valence (a praising label too: the place is
 * its own, not a front it fights on). Since round thirteen.
 */
function byOwnPlace(c: Prepared, label: Found, at: number, camps: readonly string[]): Resolved | undefined {
  if (label.end !== label.tokenEnd) return undefined;
  const { tokens, text } = c;
  let next = label.lastToken + 1;
  if (next < tokens.length && PLACE_NOUNS.has(text.slice(tokens.starts[next]!, tokens.ends[next]!))) next++;
  const place = sideCuesOf(c, c.sentences[at]!).cues.find((w) => w.first === next && heldOf(w) === "place");
  const camp = place && placeCamp(c, label, camps)(place);
  return camp ? new ResolvedRecord(camp, "phrase", span(place!.start, place!.end)) : undefined;
}

/** The camp among the label's that held a place in the article's era, if one did. */
function placeCamp(c: Prepared, label: Found, camps: readonly string[]): (place: PhraseHit<SideCue>) => string | undefined {
  const { days } = c;
  // dated, the era holding the date; undated, as for an era's naming (era.ts), the one era whose camp the article names
  const inEra = (e: PlaceEra) => (days ? holds(e, days) : c.campOfLayer.includes(e.camp));
  return (place) => {
    if (typeof place.payload !== "object" || place.payload.of !== "place") return undefined;
    const eras = place.payload.eras.filter((e) => camps.includes(e.camp) && (!e.labels || e.labels.includes(label.target)) && inEra(e));
    return eras.length === 1 ? eras[0]!.camp : undefined;
  };
}

/** Of the places among `cues`, the one nearest the label (its own words first) that names one of its camps. */
function nearestPlace(cues: readonly PhraseHit<SideCue>[], label: Found, campOf: (place: PhraseHit<SideCue>) => string | undefined, by: ResolvedBy): Resolved | undefined {
  let best: Resolved | undefined;
  let distance = Infinity;
  for (const w of cues) {
    const camp = campOf(w);
    const d = w.first > label.lastToken ? w.first - label.lastToken : label.firstToken - w.last;
    if (camp && d < distance) [best, distance] = [new ResolvedRecord(camp, by, span(w.start, w.end)), d];
  }
  return best;
}

interface CampTally {
  sum: number;
  n: number;
  first: { start: number; end: number };
}

/** The camps named by the layers in [from, to), with the valence each is named with. */
function campsIn(c: Prepared, label: Found, from: number, to: number, camps: readonly string[]): Map<string, CampTally> {
  const out = new Map<string, CampTally>();
  for (let k = firstLayerFrom(c, from); k < c.layers.length; k++) {
    const f = c.layers[k]!;
    if (c.tokens.starts[f.firstToken]! >= to) break;
    if (f.start < from || f.end > to || f === label) continue;
    const camp = c.campOfLayer[k];
    if (!camp || !camps.includes(camp)) continue;
    const t = out.get(camp);
    if (t) {
      t.sum += f.valence;
      t.n += 1;
    } else out.set(camp, { sum: f.valence, n: 1, first: span(f.start, f.end) });
  }
  return out;
}

/**
 * The camp a window points the label at, or undefined when it cannot tell.
 * A camp is eligible when the window frames it the label's way: a praising
 * label (الجيش الليبي) a camp named neutrally or better, a damning one
 * (الإرهابيين) a camp named damningly — or its first camp (ISIS for terror
 * labels) named at all in the sentence or paragraph; across the whole article only
 * its generic referent (`generic` in cues.json: ISIS for the terror labels) named at
 * all: a report naming the House once, neutrally, does not make its «عصابات» the
 * LNA's, armed-groups' first camp. Among eligible camps: in a sentence or paragraph the
 * best framed, ties to the label's order of camps; in the whole article the
 * most named. When every camp named is framed against the label: the one
 * opponent they have among the label's camps.
 */
interface Choice {
  readonly camp: string;
  readonly evidence: { start: number; end: number };
  /** Inferred as the one opponent of camps framed against the label, none framed its way. */
  readonly byOpponent: boolean;
  /** The camps the window names, all framed against the label when it is inferred. */
  readonly named: ReadonlySet<string>;
}

function choose(c: Prepared, label: Found, found: Map<string, CampTally>, camps: readonly string[], wide: boolean): Choice | undefined {
  const sign = Math.sign(label.valence);
  // a neutral label (مسلحين، الجماعات المسلحة) says nothing of the side it means: only its phrase or its other uses tell
  if (sign === 0) return undefined;
  const ranked = mapped([...found.entries()], ([camp, t]) => ({ camp, t, score: sign * (t.sum / t.n), order: camps.indexOf(camp) }));
  if (ranked.length === 0) return undefined;
  const eligible = ranked.filter((r) => (sign > 0 ? r.score >= 0 : r.score > 0 || (r.score === 0 && (wide ? GENERIC[label.target] === r.camp : r.order === 0))));
  if (eligible.length > 0) {
    const [best] = eligible.sort((a, b) => (wide ? b.t.n - a.t.n : 0) || b.score - a.score || a.order - b.order);
    return { camp: best!.camp, evidence: best!.t.first, byOpponent: false, named: new Set(found.keys()) };
  }
  if (ranked.every((r) => r.score < 0)) {
    const opponents = inTheirEra(c, ranked.flatMap((r) => c.grammar.relations.opponentsOf(r.camp)), camps).filter((o) => !found.has(o));
    if (opponents.length === 1) return { camp: opponents[0]!, evidence: ranked[0]!.t.first, byOpponent: true, named: new Set(found.keys()) };
  }
  return undefined;
}

function paragraphAround(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const to = text.indexOf("\n", end);
  return [from, to < 0 ? text.length : to];
}

/** Label targets whose neutral namings name no side (قتلى: the dead of both), from cues.json's `loadedOnly`. */
const LOADED_ONLY: ReadonlySet<string> = new Set(DEFAULT_RESOLUTION_CUES.loadedOnly);

/** Resolves every side-switching label among the layers; other layers get null. */
export function resolveLabels(context: Context): (Resolved | null)[] {
  const out: (Resolved | null)[] = new Array<Resolved | null>(context.layers.length).fill(null);
  const labelCamps = mapped(context.layers, (f) => {
    const t = context.targets.get(f.target);
    return t?.kind === "label" && t.resolves_to.length > 0 && f.naming && (f.valence !== 0 || !LOADED_ONLY.has(f.target)) ? campsOf(t) : undefined;
  });
  if (!labelCamps.some(Boolean)) return out;
  const c = prepare(context);
  const pending: number[] = [];
  // a camp inferred in the sentence or paragraph as the opponent of those named there (framed against the label):
  // kept for when the article names no other camp the label's way
  const inferred = new Map<number, { resolved: Resolved; against: ReadonlySet<string> }>();
  c.layers.forEach((label, i) => {
    const camps = labelCamps[i];
    if (!camps) return;
    const phrase = byEnclosing(c, label, i, camps) ?? byPhrase(c, label, camps) ?? byOwnPlace(c, label, c.sentenceOf[i]!, camps);
    if (phrase) return void (out[i] = phrase);
    const sentence = c.sentences[c.sentenceOf[i]!]!;
    // most labels' sentences name no camp besides: then no verb, joining or supporting word or speaker can set them
    // beside or against one, and the words are not looked up; only such a sentence may refer back to the one before
    const namesCamp = namesCampOutside(c, label, sentence);
    // a person of `speakers` names no camp's layer, and a speaker's words go on in the next sentence (وأضاف أن…): a
    // praising or damning label's sentence is read for a speaker either way
    const bySentence = namesCamp
      ? (byDescription(c, label, sentence, camps) ?? byOpposingVerb(c, label, sentence, camps) ?? byAlongside(c, label, sentence, camps) ?? byAlliance(c, label, sentence, camps) ?? bySpeaker(c, label, c.sentenceOf[i]!, camps))
      : label.valence !== 0 && mayHaveSpeaker(c, sentence) && bySpeaker(c, label, c.sentenceOf[i]!, camps);
    if (bySentence) return void (out[i] = bySentence);
    const backReference = namesCamp ? undefined : byBackReference(c, label, c.sentenceOf[i]!, camps);
    if (backReference) return void (out[i] = backReference);
    const inSentence = choose(c, label, campsIn(c, label, sentence.start, sentence.end, camps), camps, false);
    if (inSentence && !inSentence.byOpponent) return void (out[i] = new ResolvedRecord(inSentence.camp, "sentence", inSentence.evidence));
    if (inSentence) inferred.set(i, { resolved: new ResolvedRecord(inSentence.camp, "sentence", inSentence.evidence), against: inSentence.named });
    const [from, to] = paragraphAround(c.text, label.start, label.end);
    const inParagraph = choose(c, label, campsIn(c, label, from, to, camps), camps, false);
    if (inParagraph && !inParagraph.byOpponent) return void (out[i] = new ResolvedRecord(inParagraph.camp, "paragraph", inParagraph.evidence));
    if (inParagraph && !inferred.has(i)) inferred.set(i, { resolved: new ResolvedRecord(inParagraph.camp, "paragraph", inParagraph.evidence), against: inParagraph.named });
    const place = byPlace(c, label, c.sentenceOf[i]!, camps);
    if (place) return void (out[i] = place);
    pending.push(i);
  });
  // decided on the first three levels only, so the order of pending labels does not matter; each as its era has it,
  // so that the GNA's martyrs of «بركان الغضب» agree with the unity government's «ثوار» in a 2022 statement
  const decided = out.map((r) => r && inSuccessor(c, r));
  const byTerm = new Map<string, ArticleChoice>();
  for (const i of pending) {
    const label = c.layers[i]!;
    if (!byTerm.has(label.term)) byTerm.set(label.term, byArticle(c, label, decided));
    const { named, opponent } = byTerm.get(label.term)!;
    const near = inferred.get(i);
    // the article's camp, unless the label's own sentence frames it against the label (تحرير طرابلس من الإرهابيين: not the LNA)
    const article = named && !near?.against.has(named.target!) ? named : undefined;
    out[i] = article ?? near?.resolved ?? named ?? opponent ?? UNRESOLVED;
  }
  return out.map((r) => r && inSuccessor(c, r));
}

/** A label resolved to a camp on a date outside its period goes to the camp's successor then (مرتزقة سوريين in 2023: the unity government's). */
function inSuccessor(c: Prepared, r: Resolved): Resolved {
  if (!r.target || !c.days) return r;
  const now = inItsEra(c, r.target);
  return now && now !== r.target ? new ResolvedRecord(now, r.by!, r.evidence) : r;
}

/** The article's evidence for a label: a naming (its other uses, or a camp named its way), or only an inferred opponent. */
interface ArticleChoice {
  readonly named: Resolved | undefined;
  readonly opponent: Resolved | undefined;
}

/** The article's own usage: the label resolved elsewhere, consistently; else the camp the article names most, framed the label's way. */
function byArticle(c: Prepared, label: Found, resolved: readonly (Resolved | null)[]): ArticleChoice {
  // the first use resolved elsewhere, if every other agrees with it
  const first = agreed(c, resolved, (f) => f.term === label.term);
  if (first === null) return NO_CHOICE;
  if (first) return { named: new ResolvedRecord(first.target!, "article", first.evidence), opponent: undefined };
  const praised = label.valence >= 2 ? praisedCamp(c, label, resolved) : undefined;
  if (praised) return { named: praised, opponent: undefined };
  const target = c.targets.get(label.target)!;
  // the weakest evidence, the camp the article names most, is not stretched to a successor (a pro-LNA report on the
  // south naming only the unity government, neutrally, is no sign its «القوات المسلحة» are that government's); a
  // neutral label's one camp named, and a camp found here out of its era, are (see inSuccessor)
  const camps = label.valence === 0 ? campsOf(target) : target.resolves_to;
  const named = campsIn(c, label, 0, c.text.length, camps);
  // a neutral label in an article about one armed camp (a US strike that killed «ثمانية مسلحين» of ISIS) is of that camp
  if (label.valence === 0) return named.size === 1 ? onlyCamp(named) : NO_CHOICE;
  const whole = choose(c, label, named, camps, true);
  if (!whole) return NO_CHOICE;
  const chosen = new ResolvedRecord(whole.camp, "article", whole.evidence);
  return whole.byOpponent ? { named: undefined, opponent: chosen } : { named: chosen, opponent: undefined };
}

/**
 * The one camp the article's other praising labels were resolved to, nearer than the article (ثوار مدينة مصراتة by
 * their place, so «أبطال القوات المسلحة» of the same statement): an outlet, or a statement, praises one side. Since
 * round thirteen, and only for a strongly praising label (valence 2: أبطال، ثوار، الجيش الليبي), a partisan's word: wire
 * copy calls either side's forces «القوات الليبية» (+1; a 2016 Reuters report in articles/003-azzaman.md, the GNA's
 * Misrata forces beside the east's «القوات المسلحة»). Not for damning labels, which a report quotes from both sides;
 * not from a label the outlet distances itself from (ما يسمى بالجيش الوطني: the LNA, but no praise of it).
 */
function praisedCamp(c: Prepared, label: Found, resolved: readonly (Resolved | null)[]): Resolved | undefined {
  const first = agreed(c, resolved, (f) => f.valence > 0 && !c.distanced.has(f));
  const camps = first && campsOf(c.targets.get(label.target)!);
  return first && camps!.includes(first.target!) ? new ResolvedRecord(first.target!, "article", first.evidence) : undefined;
}

/**
 * The first resolution of the layers `of` takes, when every other's camp agrees with it; null when they disagree,
 * undefined when none is resolved (a plain loop: this runs for every unresolved label's term).
 */
function agreed(c: Prepared, resolved: readonly (Resolved | null)[], of: (f: Found) => boolean): Resolved | null | undefined {
  let first: Resolved | undefined;
  for (let k = 0; k < c.layers.length; k++) {
    const r = resolved[k];
    if (!r?.target || !of(c.layers[k]!)) continue;
    if (!first) first = r;
    else if (r.target !== first.target) return null;
  }
  return first;
}

const NO_CHOICE: ArticleChoice = { named: undefined, opponent: undefined };

/** The one camp an article names among a neutral label's. */
function onlyCamp(named: ReadonlyMap<string, CampTally>): ArticleChoice {
  const [camp, tally] = named.entries().next().value!;
  return { named: new ResolvedRecord(camp, "article", tally.first), opponent: undefined };
}
