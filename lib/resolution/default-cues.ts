import cuesData from "./cues.json";
import type { PlaceEra, ResolutionCues } from "./schema";
import { PhraseSet, type PhraseItem } from "../arabic/phrases";
import { DEFAULT_CUES as VOICE_CUES } from "../voice/default-cues";

/**
 * The bundled cue lists without zod, as lib/voice/default-cues.ts does: the engine's path loads no schema library;
 * tests/unit/resolution-verbs.test.ts checks that the schema reads the file into exactly this.
 */
const { $comment: _comment, ...cues } = cuesData;
export const DEFAULT_RESOLUTION_CUES: ResolutionCues = cues;

/**
 * What a word of a label's sentence says: a verb setting sides against each other, a joining word, a word of support
 * or alliance, a back-reference, a word naming an earlier place, a word of predication, or a place's or a speaker's eras.
 */
export type SideCue = "opposing" | "alongside" | "allied" | "back-reference" | "place-reference" | "described-as" | HeldCue;

/** A place and who held it, or a speaker named by name only and whom he spoke for, era by era. */
export interface HeldCue {
  readonly of: "place" | "speaker";
  readonly eras: readonly PlaceEra[];
}

/** A reporting verb or a complementizer (the voice's own lists, lib/voice/cues.json: قال المتحدث باسم قوات حفتر إن الجيش…): the words after both are a speaker's. */
export type SpeakerCue = "reporting" | "complementizer";

const { determiners, nouns } = DEFAULT_RESOLUTION_CUES.backReference;
// an accusation's verb (اتهم) is also a reporting verb: it stays an opposing verb here, an accuser not naming his own side
const opposing = new Set(DEFAULT_RESOLUTION_CUES.opposing);

/**
 * The two sets below are compiled on first use, not when the module loads: a thread's code is loaded before it is told
 * where compiled tables are kept (lib/io/phrase-cache.ts), which then spares most of their compiling.
 */
let speakers: PhraseSet<SpeakerCue> | undefined;
let sides: PhraseSet<SideCue> | undefined;

/** The speaker's words, a set of their own: frequent (أن، قال), so looked up only for a praising label that needs them. */
export const speakerWords = (): PhraseSet<SpeakerCue> => (speakers ??= new PhraseSet(speakerCues(), { articleOptional: false }));

/** The cue words, compiled once and found in one pass over a sentence: verbs are written as they are used, so the article is not made optional. */
export const sideWords = (): PhraseSet<SideCue> => (sides ??= new PhraseSet(sideCues(), { articleOptional: false }));

const speakerCues = (): PhraseItem<SpeakerCue>[] =>
  (["reporting", "complementizers"] as const).flatMap((kind) =>
    VOICE_CUES[kind].filter((word) => !opposing.has(word)).map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: kind === "reporting" ? ("reporting" as const) : ("complementizer" as const) })),
  );

const sideCues = (): PhraseItem<SideCue>[] => [
  ...(["opposing", "alongside", "allied"] as const).flatMap((kind) => DEFAULT_RESOLUTION_CUES[kind].map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: kind as SideCue }))),
  ...determiners.flatMap((d) => nouns.map((n) => ({ phrase: `${d} ${n}`, key: `back:${d} ${n}`, payload: "back-reference" as SideCue }))),
  ...DEFAULT_RESOLUTION_CUES.placeReference.map((word) => ({ phrase: word, key: `place-reference:${word}`, payload: "place-reference" as SideCue })),
  ...DEFAULT_RESOLUTION_CUES.describedAs.map((word) => ({ phrase: word, key: `described-as:${word}`, payload: "described-as" as SideCue })),
  ...(["places", "speakers"] as const).flatMap((kind) => {
    const of = kind === "places" ? "place" : "speaker";
    return DEFAULT_RESOLUTION_CUES[kind].flatMap((p) => p.forms.map((form) => ({ phrase: form, key: `${of}:${form}`, payload: { of, eras: p.eras } as SideCue })));
  }),
];
