import cuesData from "./cues.json";
import type { ResolutionCues } from "./schema";
import { PhraseSet } from "../arabic/phrases";

/**
 * The bundled cue lists without zod, as lib/voice/default-cues.ts does: the engine's path loads no schema library;
 * tests/unit/resolution-verbs.test.ts checks that the schema reads the file into exactly this.
 */
const { $comment: _comment, ...cues } = cuesData;
export const DEFAULT_RESOLUTION_CUES: ResolutionCues = cues;

export type SideCue = "opposing" | "alongside";

/** The cue words, compiled once: verbs are written as they are used, so the article is not made optional. */
export const SIDE_WORDS = new PhraseSet<SideCue>(
  (["opposing", "alongside"] as const).flatMap((kind) => DEFAULT_RESOLUTION_CUES[kind].map((word) => ({ phrase: word, key: `${kind}:${word}`, payload: kind }))),
  { articleOptional: false },
);
