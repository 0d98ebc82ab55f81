import { normalize } from "../arabic/normalize";
import type { Span } from "../arabic/sentences";
import type { PhraseHit } from "../arabic/phrases";
import type { Tokens } from "../arabic/tokenize";
import type { CompiledForm, CompiledLexicon } from "../lexicon/compile";
import { recordMatches, type MatchRecord } from "../lexicon/match";
import { distancingTerm, forceTerm, type CompiledConstructions } from "./compile";
import { otherSense, type SenseScopes } from "./senses";
import { pronounForces } from "./pronoun-forces";
import { clampValence, endsWord, foundFromLexicon, FoundRecord, overlaps, partSpan, procliticOf, sameSpan, within, type ConstructionOf, type Found, type PartSpan } from "./found";

/**
 * Layered matches. Longest match finds the phrases; then, in order:
 *  1. the names inside them (فلول تنظيم داعش → تنظيم داعش), role "name";
 *  2. forces named by a leader or camp (قوات اللواء المتقاعد حفتر → lna);
 *  3. distancing cues around any naming (ما يسمى بحكومة الوفاق).
 * A construction whose words a lexicon entry lists keeps the entry (the
 * curator's judgement) and only records its parts; otherwise it becomes a
 * new match over its words. Parents are worked out from the spans at the end.
 */
interface Context {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Span[];
  readonly lexicon: CompiledLexicon;
  readonly grammar: CompiledConstructions;
}

const isActor = (c: Context, target: string): boolean => c.grammar.relations.isActor(target);

/** Categories of phrases that qualify a name rather than being one: the name inside is the outlet's naming. */
const QUALIFYING = new Set<Found["category"]>(["diminishing", "terror-label", "distancing", "dramatizing", "euphemism"]);

/**
 * An operation's name inside a naming of the forces that fought it (ميليشيات فجر ليبيا): the operation is named
 * there too, as the gold's readers mark it, though both name the same target. The entry may list the forces among
 * its own forms (قوات فجر ليبيا، قوات بركان الغضب): the name inside is then one too, when a force noun leads the
 * phrase (see ownOperationAfterForceNoun), not inside another of the operation's names (عملية بركان الغضب).
 */
const operationInsideItsForces = (entry: { id: string; category: Found["category"] }, parent: Found): boolean =>
  entry.category === "operation-name" && (parent.category !== "operation-name" || entry.id === parent.term);

/** Where the force noun right before token `first` starts (قوات in قوات فجر ليبيا), or -1 when none ends there. */
function forceNounStartBefore(c: Context, first: number): number {
  return c.grammar.nouns.endingAt(c.text, c.tokens, first - 1)?.first ?? -1;
}

/** The phrase's words before the hit are a force noun (قوات in قوات فجر ليبيا): the hit names the operation it fought. */
const ownOperationAfterForceNoun = (c: Context, parent: Found, first: number): boolean => forceNounStartBefore(c, first) === parent.firstToken;

/**
 * A nested name worth a layer: another naming of an actor; the same target's only under a qualifying
 * phrase, one level deep; never one the parent's entry says is no mention (حفتر in صدام حفتر is the son's name).
 */
function acceptNested({ entry }: CompiledForm, { c, parent, depth }: { c: Context; parent: Found; depth: number }): boolean {
  return (
    (entry.id !== parent.term || entry.category === "operation-name") &&
    entry.naming &&
    isActor(c, entry.target) &&
    (entry.target !== parent.target || (depth === 1 && (QUALIFYING.has(parent.category) || operationInsideItsForces(entry, parent)))) &&
    !c.lexicon.entries.get(parent.term)?.not_mentions?.includes(entry.id)
  );
}

/**
 * A side-switching label right after a force noun and ending a naming of a camp it may point at
 * (الجيش الوطني in قوات الجيش الوطني): the force's own name, which the reader sees, and which
 * resolves to the phrase's camp. Labels elsewhere in a phrase qualify it (تنظيم داعش الإرهابي).
 */
function acceptNestedLabel({ entry }: CompiledForm, { c, parent }: { c: Context; parent: Found }): boolean {
  const camp = c.grammar.relations.campOf(parent.target);
  return entry.naming && camp !== undefined && (c.lexicon.targets.get(entry.target)?.resolves_to.includes(camp) ?? false);
}

/**
 * The label `hit` follows a distancing cue that opens the phrase (ما يسمى بالجيش الوطني, a lexicon form of its own):
 * the name the outlet distances itself from is the label, seen by the reader and resolved to the phrase's camp.
 */
function labelAfterDistancingCue(c: Context, parent: Found, hit: PhraseHit<CompiledForm>): boolean {
  const cue = c.grammar.before.endingAt(c.text, c.tokens, hit.first - 1);
  return cue !== undefined && cue.first === parent.firstToken && (cue.payload.clitics as string[]).includes(procliticOf(c.text, { tokenStart: c.tokens.starts[hit.first]!, start: hit.start }));
}

/** The label `hit` follows a force noun inside the phrase (الجيش الوطني in قوات الجيش الوطني), with no clitic of its own. */
function labelAfterForceNoun(c: Context, parent: Found, hit: PhraseHit<CompiledForm>): boolean {
  return forceNounStartBefore(c, hit.first) >= parent.firstToken && hit.start === c.tokens.starts[hit.first]!;
}

/** Pushes onto `out` the labels nested in `parent` (an array passed down rather than spread: this runs for every match). */
function nestedLabels(c: Context, parent: Found, out: Found[]): void {
  // a phrase of no camp accepts no label (acceptNestedLabel), and a label is kept only after a force noun inside the
  // phrase or a distancing cue at its head: without either, its words are not searched
  if (parent.lastToken === parent.firstToken || !parent.naming || c.grammar.relations.campOf(parent.target) === undefined) return;
  const distanced = parent.category === "distancing";
  if (!distanced && !c.grammar.nouns.mayEndWithin(c.tokens, parent.firstToken, parent.lastToken - 1)) return;
  for (const hit of c.lexicon.phrases.findInside(c.text, c.tokens, parent.firstToken, parent.lastToken, acceptNestedLabel, { c, parent })) {
    // the label is the whole rest of the phrase: in وحدات الجيش الوطني الليبي the name is the LNA's own, not the label
    if (hit.first === parent.firstToken || hit.end !== parent.end) continue;
    if (!labelAfterForceNoun(c, parent, hit) && !(distanced && labelAfterDistancingCue(c, parent, hit))) continue;
    out.push(foundFromLexicon(hit.payload, hit.start, hit.end, c.tokens.starts[hit.first]!, c.tokens.ends[hit.last]!, hit.first, hit.last, "name"));
  }
}

/** Pushes onto `out` the names nested in `parent`, each followed by those nested in it. */
function nestedNames(c: Context, parent: Found, depth: number, out: Found[]): void {
  if (parent.lastToken === parent.firstToken || depth > 2) return;
  for (const hit of c.lexicon.phrases.findInside(c.text, c.tokens, parent.firstToken, parent.lastToken, acceptNested, { c, parent, depth })) {
    // the same target's name only under a qualifier (فلول، الإرهابي، ما يسمى): تنظيم الدولة inside
    // تنظيم الدولة الإسلامية, or خليفة حفتر inside اللواء المتقاعد خليفة حفتر, is part of one naming (accept);
    // another target's name at the head is the phrase's own head noun: القائد العام in القائد العام لقوات أفريكوم
    if (hit.payload.entry.target !== parent.target && hit.first === parent.firstToken) continue;
    if (hit.payload.entry.id === parent.term && !ownOperationAfterForceNoun(c, parent, hit.first)) continue;
    const child = foundFromLexicon(hit.payload, hit.start, hit.end, c.tokens.starts[hit.first]!, c.tokens.ends[hit.last]!, hit.first, hit.last, "name");
    out.push(child);
    nestedNames(c, child, depth + 1, out);
  }
}

interface Candidate {
  readonly firstToken: number;
  readonly lastToken: number;
  readonly start: number;
  readonly tokenStart: number;
  readonly end: number;
  readonly tokenEnd: number;
  readonly term: string;
  readonly form: string;
  readonly target: string;
  readonly category: Found["category"];
  readonly valence: number;
  readonly construction: ConstructionOf<Found>;
  /** The force noun's last token: a generic label matched on the noun alone (ميليشيات، مرتزقة) is the construction's noun now. */
  readonly nounLast: number | null;
}

/** Adds a construction: onto the lexicon match over the same words, or as a new layer. False when it would cut another match. */
function absorbed(c: Context, cand: Candidate, f: Found): boolean {
  return cand.nounLast !== null && f.lastToken <= cand.nounLast && c.grammar.relations.kindOf(f.target) === "label";
}

function place(c: Context, all: Found[], cand: Candidate): boolean {
  // decided over the layers it overlaps, and `all` changed only once it is known to fit: no copy of the layers per candidate
  let same: Found | undefined;
  let absorbedAny = false;
  for (const f of all) {
    if (!overlaps(f, cand)) continue;
    if (sameSpan(f, cand) && !f.construction && f !== cand.construction.named && !same) same = f;
    else if (within(f, cand)) absorbedAny ||= absorbed(c, cand, f);
    else if (!within(cand, f)) return false;
  }
  if (absorbedAny) removeAbsorbed(c, all, cand, same);
  if (same) {
    same.construction = cand.construction;
  } else {
    all.push(
      new FoundRecord(
        cand.term,
        cand.form,
        cand.target,
        cand.category,
        cand.valence,
        true,
        cand.start,
        cand.end,
        cand.tokenStart,
        cand.tokenEnd,
        cand.firstToken,
        cand.lastToken,
        c.lexicon.entries.get(cand.term)?.era_targets,
        null,
        cand.construction,
      ),
    );
  }
  return true;
}

/** Drops, in place and in order, the layers within the candidate that it absorbs (all but `same`, the one it is placed on). */
function removeAbsorbed(c: Context, all: Found[], cand: Candidate, same: Found | undefined): void {
  let kept = 0;
  for (const f of all) if (f === same || !overlaps(f, cand) || !within(f, cand) || !absorbed(c, cand, f)) all[kept++] = f;
  all.length = kept;
}

/** قوات / القوات التابعة لـ / ميليشيات … + a naming of a leader or camp. */
function forceAround(c: Context, named: Found): Candidate | undefined {
  const { text, tokens, grammar } = c;
  if (!named.naming || !isActor(c, named.target)) return undefined;
  const linker = grammar.linkers.endingAt(text, tokens, named.firstToken - 1);
  const bare = named.start === named.tokenStart;
  const via = linker && (bare ? "" : procliticOf(text, named)) === linker.payload.clitic ? linker : undefined;
  if (!via && !bare) return undefined;
  const noun = grammar.nouns.endingAt(text, tokens, (via ? via.first : named.firstToken) - 1);
  if (!noun) return undefined;
  // without a linker the noun is in construct state (قوات حفتر), which never takes the article: القوات فلول داعش is two phrases
  if (!via && normalize(text.slice(noun.start, noun.end)).startsWith("ال")) return undefined;
  const relations = grammar.relations;
  const camp = via?.payload.relation === "backs" ? relations.clientOf(named.target) : relations.forceCampOf(named.target);
  if (!camp) return undefined;
  const personal = relations.isPerson(named.target) ? grammar.grammar.force.personalizing : 0;
  const composed = clampValence(noun.payload.valence + personal + named.valence);
  const category = personal !== 0 && noun.payload.valence === 0 ? "personalizing" : noun.payload.category;
  const nounPart = partSpan(text, noun.payload.id, noun.start, noun.end);
  const linkerPart = via ? partSpan(text, via.payload.id, via.start, via.end) : null;
  return {
    firstToken: noun.first,
    lastToken: named.lastToken,
    start: noun.start,
    tokenStart: tokens.starts[noun.first]!,
    end: named.end,
    tokenEnd: named.tokenEnd,
    term: forceTerm(noun.payload.id, camp),
    // joined in place rather than by an array filtered and joined for every candidate
    form: `${text.slice(noun.start, noun.end)}${linkerPart?.text ? ` ${linkerPart.text}` : ""} {${named.target}}`,
    target: camp,
    category,
    valence: composed,
    construction: { kind: "force", id: noun.payload.id, noun: nounPart, linker: linkerPart, cue: null, named, composed_valence: composed },
    nounLast: noun.last,
  };
}

function distancingCandidate(c: Context, named: Found, cue: PartSpan, first: number, last: number, start: number, end: number, tokenEnd: number): Candidate {
  const valence = c.grammar.grammar.distancing.cue_valence;
  return {
    firstToken: first,
    lastToken: last,
    start,
    tokenStart: c.tokens.starts[first]!,
    end,
    tokenEnd,
    term: distancingTerm(cue.id, named.target),
    form: first < named.firstToken ? `${cue.text} {${named.target}}` : `{${named.target}} ${cue.text}`,
    target: named.target,
    category: "distancing",
    valence,
    construction: { kind: "distancing", id: cue.id, noun: null, linker: null, cue, named, composed_valence: valence },
    nounLast: null,
  };
}

/** ما يسمى بـ / التي تطلق على نفسها / المدعو + a naming, or a naming + المزعوم(ة). */
function distancingAround(c: Context, named: Found): Candidate | undefined {
  const { text, tokens, grammar } = c;
  if (!named.naming || (!isActor(c, named.target) && grammar.relations.kindOf(named.target) !== "label")) return undefined;
  if (named.category === "distancing") return undefined;
  const before = grammar.before.endingAt(text, tokens, named.firstToken - 1);
  if (before && (before.payload.clitics as string[]).includes(procliticOf(text, named))) {
    return distancingCandidate(c, named, partSpan(text, before.payload.id, before.start, before.end), before.first, named.lastToken, before.start, named.end, named.tokenEnd);
  }
  const after = endsWord(named) ? grammar.after.startingAt(text, tokens, named.lastToken + 1) : undefined;
  if (after) return distancingCandidate(c, named, partSpan(text, after.payload.id, after.start, after.end), named.firstToken, after.last, named.start, after.end, tokens.ends[after.last]!);
  return undefined;
}

/** A lexicon match's own layer, at the top. */
const topLayer: MatchRecord<Found> = (form, start, end, tokenStart, tokenEnd, firstToken, lastToken) =>
  foundFromLexicon(form, start, end, tokenStart, tokenEnd, firstToken, lastToken, null);

/** Every layer of a text, parents before their children, in text order: the lexicon's matches made layers as they are found. */
export function buildLayers(c: Context): Found[] {
  const all: Found[] = [];
  const senseSeen: SenseScopes = new Map();
  for (const top of recordMatches(c.lexicon, c.text, c.tokens, topLayer, [])) {
    if (otherSense(c.grammar.senses, top.term, c.text, c.tokens, c.sentences, top, senseSeen)) continue;
    all.push(top);
    nestedNames(c, top, 1, all);
    nestedLabels(c, top, all);
  }
  for (const build of [forceAround, distancingAround]) {
    for (const named of all.slice()) {
      const cand = build(c, named);
      if (cand && place(c, all, cand)) named.role = cand.construction.kind === "force" ? "leader" : "distanced";
    }
  }
  pronounForces(c, all);
  all.sort((a, b) => a.firstToken - b.firstToken || b.lastToken - a.lastToken || a.start - b.start || b.end - a.end);
  for (let i = 0; i < all.length; i++) all[i]!.index = i;
  return all;
}
