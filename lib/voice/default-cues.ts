import cuesData from "./cues.json";
import type { VoiceCues } from "./schema";

/**
 * The bundled cue lists, as VoiceCuesSchema reads them (its `$comment` left out), without zod: the engine's path
 * (every analysis thread's start) loads no schema library. tests/unit/voice.test.ts checks that the schema reads the
 * file into exactly this, so the bundled file is still checked, once, by the tests rather than at every start.
 */
const { $comment: _comment, ...cues } = cuesData;
export const DEFAULT_CUES: VoiceCues = cues;
