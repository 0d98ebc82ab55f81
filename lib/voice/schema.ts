import { z } from "zod";
import cuesData from "./cues.json";

import { VOICES } from "./voices";

export { VOICES, type Voice } from "./voices";
export const VoiceSchema = z.enum(VOICES);

const word = z.string().trim().min(1);

export const VoiceCuesSchema = z.object({
  quotes: z.array(z.object({ open: z.string().length(1), close: z.string().length(1) })).min(1),
  reporting: z.array(word).min(1),
  according: z.array(word).min(1),
  /** Words after «وفق/حسب» that make it «in accordance with» a rule or a document (وفق الاتفاق، وفقا للقانون), not «according to» a source. */
  notAccordingBefore: z.array(word).default([]),
  complementizers: z.array(word).min(1),
  notComplementizerAfter: z.array(word),
  /** Words before a reporting verb that carry the last sentence's subject over (كما اتهم…): the words after the verb are then its object, not a speaker. */
  subjectCarriedAfter: z.array(word).default([]),
  /**
   * Reporting verbs that take their object before «بأن…» (وصف المصدر حكومة الوفاق بأنها…): between the verb and
   * «بأن» the subject, the speaker, comes first and the object described, in the speaker's words, after it.
   */
  describingVerbs: z.array(word).default([]),
});
export type VoiceCues = z.infer<typeof VoiceCuesSchema>;

/** The bundled cue lists, checked (the engine reads the same lists without zod: ./default-cues.ts). */
export const parseDefaultCues = (): VoiceCues => VoiceCuesSchema.parse(cuesData);
