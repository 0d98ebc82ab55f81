import { normalize } from "../arabic/normalize";
import { WORDS } from "../arabic/word-ids";
import type { ForceNoun } from "./schema";

/** What a possessive pronoun may point back to: «ـه» any actor, «ـها» a camp or state (see pronoun-forces.ts). */
export type Antecedent = "any" | "group";

const PRONOUNS: readonly { suffix: string; refersTo: Antecedent }[] = [
  { suffix: "ها", refersTo: "group" },
  { suffix: "ه", refersTo: "any" },
];

/** Letters a conjunction or preposition writes onto the noun (وقواته، بقواته، لقواته، فقواته). */
const PROCLITICS = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];

/**
 * The plural force nouns of one word: «وحدته» or «كتيبته» (his unit, his brigade) is often a man's own
 * post, not his camp's forces (the brigade commander returned «إلى وحدته»), so singulars are left out.
 */
const PLURALS = new Set(["قوات", "وحدات", "عناصر", "مقاتلي", "مسلحي", "ميليشيات", "مليشيات", "ميلشيات", "كتائب", "أرتال"].map(normalize));

export interface Possessed {
  readonly noun: ForceNoun;
  readonly refersTo: Antecedent;
}

/**
 * Every written shape of a plural force noun with a pronoun, normalized, as words of the shared vocabulary
 * (lib/arabic/word-ids.ts): the text's word ids, looked up once for every phrase set, pick them out, so that a token
 * costs one read of a typed array (a token's hash tested against theirs cost about 3% of the engine's CPU).
 */
export interface PronounSurfaces {
  /** The least word id of a shape: most of a text's words are outside [firstId, firstId + shapeOf.length). */
  readonly firstId: number;
  /** By word id - firstId: 1 + the shape's index in `possessed`, 0 for every other word. */
  readonly shapeOf: Uint16Array;
  readonly possessed: readonly Possessed[];
}

/** The shape of the word of id `id` (a token's id from wordIdsOf, negative for none), or undefined. */
export function possessedOf({ firstId, shapeOf, possessed }: PronounSurfaces, id: number): Possessed | undefined {
  const at = id - firstId;
  return at >= 0 && at < shapeOf.length && shapeOf[at] !== 0 ? possessed[shapeOf[at]! - 1] : undefined;
}

export function pronounSurfacesOf(nouns: readonly ForceNoun[]): PronounSurfaces {
  const byWord = new Map<string, Possessed>();
  for (const noun of nouns) {
    for (const form of noun.forms) {
      const stem = normalize(form);
      if (!PLURALS.has(stem)) continue;
      for (const { suffix, refersTo } of PRONOUNS) for (const clitic of PROCLITICS) byWord.set(normalize(clitic + stem + suffix), { noun, refersTo });
    }
  }
  // marked as words a phrase may start with, so that every text's tokens are looked up for them (compiled with the
  // grammar, before any text is read)
  const ids = [...byWord.keys()].map((word) => WORDS.idOf(word, true));
  const firstId = Math.min(...ids);
  const shapeOf = new Uint16Array(Math.max(...ids) + 1 - firstId);
  ids.forEach((id, k) => (shapeOf[id - firstId] = k + 1));
  return { firstId, shapeOf, possessed: [...byWord.values()] };
}
