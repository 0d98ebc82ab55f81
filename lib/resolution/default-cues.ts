import cuesData from "./cues.json";
import type { ResolutionCues } from "./schema";
import { PhraseSet } from "../arabic/phrases";

/**
 * The bundled cue lists without zod, as lib/voice/default-cues.ts does: the engine's path loads no schema library;
 * tests/unit/resolution-cues.test.ts checks that the schema reads the file into exactly this.
 */
const { $comment: _comment, ...cues } = cuesData;
export const DEFAULT_RESOLUTION_CUES: ResolutionCues = cues;

/** The opposing words, compiled once: verbs are written as they are used, so the article is not made optional. */
export const OPPOSING_WORDS = new PhraseSet(
  DEFAULT_RESOLUTION_CUES.opposing.map((word) => ({ phrase: word, key: word, payload: word })),
  { articleOptional: false },
);
