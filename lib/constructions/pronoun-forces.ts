import { spanIndexAt, type Span } from "../arabic/sentences";
import type { Tokens } from "../arabic/tokenize";
import { wordIdsOf } from "../arabic/word-ids";
import type { CompiledConstructions } from "./compile";
import { forceTerm } from "./compile";
import { FoundRecord, type Found } from "./found";
import { possessedOf, type Antecedent } from "./pronoun-surfaces";

/**
 * A force noun with a possessive pronoun names the forces of whoever the pronoun points back to:
 * «الذي تسيطر قواته», «قاتلوا في صفوف قواته» (his forces: the man, or the army, named before),
 * «حكومة الوفاق وقواتها» (its forces: the camp or state). The reader takes the nearest naming of an
 * actor before it in the same sentence (a person, camp or state for «ـه», a camp or state for «ـها»);
 * the force is that one's camp, named plainly (the noun's own category and valence: the pronoun adds
 * no framing of its own). A label (الجيش، الميليشيات) is no antecedent: its camp is resolution's.
 */
export interface PronounForcesContext {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Span[];
  readonly grammar: CompiledConstructions;
}

/** The nearest naming before token `at` in its sentence that the pronoun may point back to. */
function antecedent(c: PronounForcesContext, layers: readonly Found[], at: number, refersTo: Antecedent): Found | undefined {
  const offset = c.tokens.starts[at]!;
  const held = c.sentences[spanIndexAt(c.sentences, offset)];
  const sentence = held && held.start <= offset && offset < held.end ? held : undefined;
  let best: Found | undefined;
  for (const f of layers) {
    if (f.lastToken >= at || !f.naming || (sentence && f.start < sentence.start)) continue;
    if (fitsAntecedent(c, f, refersTo) && (!best || f.lastToken > best.lastToken)) best = f;
  }
  return best;
}

/**
 * The first token that may have an antecedent: the one after the earliest naming of a person, camp or state (a text
 * that names none has no pronoun force, and its tokens are not read).
 */
function firstAfterAnActor(c: PronounForcesContext, layers: readonly Found[]): number {
  let first = c.tokens.length;
  for (const f of layers) if (f.lastToken < first && f.naming && fitsAntecedent(c, f, "any")) first = f.lastToken + 1;
  return first;
}

/** Whether naming f may be what a pronoun of that kind points back to. */
function fitsAntecedent(c: PronounForcesContext, f: Found, refersTo: Antecedent): boolean {
  const kind = c.grammar.relations.kindOf(f.target);
  return kind === "camp" || kind === "state" || (refersTo === "any" && kind === "person");
}

/**
 * Whether token k lies inside a layer. A function of its own rather than a closure in pronounForces' loop: a closure
 * there capturing the loop's `k` made V8 allocate a context for every token of every text (15 MB per 4 MB of text).
 */
function insideALayer(layers: readonly Found[], k: number): boolean {
  for (const f of layers) if (f.firstToken <= k && k <= f.lastToken) return true;
  return false;
}

/** Pushes onto `layers` a layer for each force noun with a possessive pronoun whose antecedent has a camp. */
export function pronounForces(c: PronounForcesContext, layers: Found[]): void {
  const found: Found[] = [];
  const ids = wordIdsOf(c.text, c.tokens);
  // read once, out of the loop over every token
  const pronouns = c.grammar.pronouns;
  const n = c.tokens.length;
  for (let k = firstAfterAnActor(c, layers); k < n; k++) {
    const hit = possessedOf(pronouns, ids[k]!);
    if (!hit || insideALayer(layers, k)) continue;
    const named = antecedent(c, layers, k, hit.refersTo);
    const camp = named && c.grammar.relations.forceCampOf(named.target);
    if (!camp) continue;
    const { noun } = hit;
    const [start, end] = [c.tokens.starts[k]!, c.tokens.ends[k]!];
    found.push(new FoundRecord(forceTerm(noun.id, camp), c.text.slice(start, end), camp, noun.category, noun.valence, true, start, end, start, end, k, k, undefined, null, null));
  }
  layers.push(...found);
}
