import cuesData from "./cues.json";
import type { PlaceEra, ResolutionCues } from "./schema";
import { PhraseSet } from "../arabic/phrases";
import { DEFAULT_CUES as VOICE_CUES } from "../voice/default-cues";

/**
 * The bundled cue lists without zod, as lib/voice/default-cues.ts does: the engine's path loads no schema library;
 * tests/unit/resolution-verbs.test.ts checks that the schema reads the file into exactly this.
 */
const { $comment: _comment, ...cues } = cuesData;
export const DEFAULT_RESOLUTION_CUES: ResolutionCues = cues;

/**
 * What a word of a label's sentence says: a verb setting sides against each other, a joining word, a word of support
 * or alliance, a back-reference,
 * a word naming an earlier place, a place's eras, or a reporting verb and a complementizer (the voice's own lists,
 * lib/voice/cues.json: قال المتحدث باسم قوات حفتر إن الجيش…), which make the words after them a speaker's.
 */
export type SideCue = "opposing" | "alongside" | "allied" | "back-reference" | "place-reference" | "reporting" | "complementizer" | { readonly eras: readonly PlaceEra[] };

const { determiners, nouns } = DEFAULT_RESOLUTION_CUES.backReference;
// an accusation's verb (اتهم) is also a reporting verb: it stays an opposing verb here, an accuser not naming his own side
const opposing = new Set(DEFAULT_RESOLUTION_CUES.opposing);
const speaking = (["reporting", "complementizers"] as const).flatMap((kind) =>
  VOICE_CUES[kind].filter((word) => !opposing.has(word)).map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: (kind === "reporting" ? "reporting" : "complementizer") as SideCue })),
);

/** The cue words, compiled once and found in one pass over a sentence: verbs are written as they are used, so the article is not made optional. */
export const SIDE_WORDS = new PhraseSet<SideCue>(
  [
    ...(["opposing", "alongside", "allied"] as const).flatMap((kind) => DEFAULT_RESOLUTION_CUES[kind].map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: kind as SideCue }))),
    ...determiners.flatMap((d) => nouns.map((n) => ({ phrase: `${d} ${n}`, key: `back:${d} ${n}`, payload: "back-reference" as SideCue }))),
    ...DEFAULT_RESOLUTION_CUES.placeReference.map((word) => ({ phrase: word, key: `place-reference:${word}`, payload: "place-reference" as SideCue })),
    ...DEFAULT_RESOLUTION_CUES.places.flatMap((p) => p.forms.map((form) => ({ phrase: form, key: `place:${form}`, payload: { eras: p.eras } as SideCue }))),
    ...speaking,
  ],
  { articleOptional: false },
);
