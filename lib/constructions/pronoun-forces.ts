import { HashFilter } from "../arabic/hash-filter";
import { hashString, normalize } from "../arabic/normalize";
import type { Span } from "../arabic/sentences";
import type { Tokens } from "../arabic/tokenize";
import type { CompiledConstructions } from "./compile";
import { forceTerm } from "./compile";
import { FoundRecord, type Found } from "./found";

/**
 * A force noun with a possessive pronoun names the forces of whoever the pronoun points back to:
 * «الذي تسيطر قواته», «قاتلوا في صفوف قواته» (his forces: the man, or the army, named before),
 * «حكومة الوفاق وقواتها» (its forces: the camp or state). The reader takes the nearest naming of an
 * actor before it in the same sentence (a person, camp or state for «ـه», a camp or state for «ـها»);
 * the force is that one's camp, named plainly (the noun's own category and valence: the pronoun adds
 * no framing of its own). A label (الجيش، الميليشيات) is no antecedent: its camp is resolution's.
 */
type Antecedent = "any" | "group";

const PRONOUNS: readonly { suffix: string; refersTo: Antecedent }[] = [
  { suffix: "ها", refersTo: "group" },
  { suffix: "ه", refersTo: "any" },
];

const HEH = 0x647;
const ALEF = 0x627;

/** Letters a conjunction or preposition writes onto the noun (وقواته، بقواته، لقواته، فقواته). */
const PROCLITICS = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

/**
 * The plural force nouns of one word: «وحدته» or «كتيبته» (his unit, his brigade) is often a man's own
 * post, not his camp's forces (the brigade commander returned «إلى وحدته»), so singulars are left out.
 */
const PLURALS = new Set(["قوات", "وحدات", "عناصر", "مقاتلي", "مسلحي", "ميليشيات", "مليشيات", "ميلشيات", "كتائب", "أرتال"].map(normalize));

interface Possessed {
  readonly noun: string;
  readonly refersTo: Antecedent;
}

/**
 * Every written shape of a plural force noun with a pronoun, normalized, and a filter of their hashes (most tokens are
 * ruled out by theirs; a typed array's bit rather than a Set of numbers, whose hashes above 2^30 are boxed at each probe).
 */
interface Surfaces {
  readonly byWord: ReadonlyMap<string, Possessed>;
  readonly hashes: HashFilter;
}

function surfacesOf(grammar: CompiledConstructions): Surfaces {
  const byWord = new Map<string, Possessed>();
  for (const noun of grammar.grammar.force.nouns) {
    for (const form of noun.forms) {
      const stem = normalize(form);
      if (!PLURALS.has(stem)) continue;
      for (const { suffix, refersTo } of PRONOUNS) for (const clitic of PROCLITICS) byWord.set(normalize(clitic + stem + suffix), { noun: noun.id, refersTo });
    }
  }
  return { byWord, hashes: new HashFilter([...byWord.keys()].map(hashString)) };
}

const SURFACES = new WeakMap<CompiledConstructions, Surfaces>();
const surfacesFor = (grammar: CompiledConstructions): Surfaces => {
  let surfaces = SURFACES.get(grammar);
  if (!surfaces) SURFACES.set(grammar, (surfaces = surfacesOf(grammar)));
  return surfaces;
};

export interface PronounForcesContext {
  readonly text: string;
  readonly tokens: Tokens;
  readonly sentences: readonly Span[];
  readonly grammar: CompiledConstructions;
}

/** The nearest naming before token `at` in its sentence that the pronoun may point back to. */
function antecedent(c: PronounForcesContext, layers: readonly Found[], at: number, refersTo: Antecedent): Found | undefined {
  const offset = c.tokens.starts[at]!;
  const sentence = c.sentences.find((s) => s.start <= offset && offset < s.end);
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

/** Pushes onto `layers` a layer for each force noun with a possessive pronoun whose antecedent has a camp. */
export function pronounForces(c: PronounForcesContext, layers: Found[]): void {
  const { byWord, hashes } = surfacesFor(c.grammar);
  const found: Found[] = [];
  // read for every token of every text: the arrays held in locals rather than read again through c after each call
  const { text } = c;
  const { ends, length } = c.tokens;
  const tokenHashes = c.tokens.hashes;
  for (let k = firstAfterAnActor(c, layers); k < length; k++) {
    // the hash filter (one bit of a typed array) rules out nearly every token, the last letter (every shape ends in
    // ه or ها) most of the rest, before a word's letters are made and looked up
    if (!hashes.has(tokenHashes[k]!)) continue;
    const last = text.charCodeAt(ends[k]! - 1);
    if (last !== HEH && last !== ALEF) continue;
    const hit = byWord.get(c.tokens.norm(c.text, k));
    if (!hit || layers.some((f) => f.firstToken <= k && k <= f.lastToken)) continue;
    const named = antecedent(c, layers, k, hit.refersTo);
    const camp = named && c.grammar.relations.forceCampOf(named.target);
    if (!camp) continue;
    const noun = c.grammar.grammar.force.nouns.find((n) => n.id === hit.noun)!;
    const [start, end] = [c.tokens.starts[k]!, c.tokens.ends[k]!];
    found.push(new FoundRecord(forceTerm(noun.id, camp), c.text.slice(start, end), camp, noun.category, noun.valence, true, start, end, start, end, k, k, undefined, null, null));
  }
  layers.push(...found);
}
