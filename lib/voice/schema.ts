import { z } from "zod";
import cuesData from "./cues.json";

export const VOICES = ["author", "quoted", "attributed"] as const;
export const VoiceSchema = z.enum(VOICES);
export type Voice = z.infer<typeof VoiceSchema>;

const word = z.string().trim().min(1);

export const VoiceCuesSchema = z.object({
  quotes: z.array(z.object({ open: z.string().length(1), close: z.string().length(1) })).min(1),
  reporting: z.array(word).min(1),
  according: z.array(word).min(1),
  complementizers: z.array(word).min(1),
  notComplementizerAfter: z.array(word),
  /** Words before a reporting verb that carry the last sentence's subject over (كما اتهم…): the words after the verb are then its object, not a speaker. */
  subjectCarriedAfter: z.array(word).default([]),
});
export type VoiceCues = z.infer<typeof VoiceCuesSchema>;

/** The bundled cue lists, checked once when the module loads. */
export const DEFAULT_CUES: VoiceCues = VoiceCuesSchema.parse(cuesData);
