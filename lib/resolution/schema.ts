import { z } from "zod";
import cuesData from "./cues.json";

const word = z.string().trim().min(1);

/** lib/resolution/cues.json: the words a label's sentence is read for. */
export const ResolutionCuesSchema = z.object({
  /** Verbs (and verbal nouns) of attack, defence and accusation: the sides on either side of one are opponents. */
  opposing: z.array(word).min(1),
  /** Between the label and the other side of an opposing verb, these make it fighting alongside that side (يقاتلون إلى جانب): the label is of its camp. */
  alongside: z.array(word).default([]),
});
export type ResolutionCues = z.infer<typeof ResolutionCuesSchema>;

/** The bundled cue lists, checked (the engine reads the same lists without zod: ./default-cues.ts). */
export const parseDefaultResolutionCues = (): ResolutionCues => ResolutionCuesSchema.parse(cuesData);
