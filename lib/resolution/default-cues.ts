import cuesData from "./cues.json";
import type { PlaceEra, ResolutionCues } from "./schema";
import { PhraseSet } from "../arabic/phrases";

/**
 * The bundled cue lists without zod, as lib/voice/default-cues.ts does: the engine's path loads no schema library;
 * tests/unit/resolution-verbs.test.ts checks that the schema reads the file into exactly this.
 */
const { $comment: _comment, ...cues } = cuesData;
export const DEFAULT_RESOLUTION_CUES: ResolutionCues = cues;

/** What a word of a label's sentence says: a verb setting sides against each other, a joining word, a back-reference, or a place's eras. */
export type SideCue = "opposing" | "alongside" | "back-reference" | "place-reference" | { readonly eras: readonly PlaceEra[] };

const { determiners, nouns } = DEFAULT_RESOLUTION_CUES.backReference;

/** The cue words, compiled once and found in one pass over a sentence: verbs are written as they are used, so the article is not made optional. */
export const SIDE_WORDS = new PhraseSet<SideCue>(
  [
    ...(["opposing", "alongside"] as const).flatMap((kind) => DEFAULT_RESOLUTION_CUES[kind].map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: kind as SideCue }))),
    ...determiners.flatMap((d) => nouns.map((n) => ({ phrase: `${d} ${n}`, key: `back:${d} ${n}`, payload: "back-reference" as SideCue }))),
    ...DEFAULT_RESOLUTION_CUES.placeReference.map((word) => ({ phrase: word, key: `place-reference:${word}`, payload: "place-reference" as SideCue })),
    ...DEFAULT_RESOLUTION_CUES.places.flatMap((p) => p.forms.map((form) => ({ phrase: form, key: `place:${form}`, payload: { eras: p.eras } as SideCue }))),
  ],
  { articleOptional: false },
);
