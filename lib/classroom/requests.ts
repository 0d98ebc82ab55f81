import { z } from "zod";
import { MAX_NAME_LENGTH } from "./names";

/** The bodies of the class-session API (app/api/class/…): one schema each, checked on the server. */
export const StartSessionSchema = z.object({
  lesson: z.string().trim().min(1).max(200),
  /** How long students can join and answer: 10 minutes to a week, 12 hours by default. */
  hours: z.number().min(1 / 6).max(168).default(12),
});

export const JoinSessionSchema = z.object({ name: z.string().max(MAX_NAME_LENGTH * 4) });

const PickSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(1), target: z.string().max(200).optional() }).refine((p) => p.end > p.start, "end must be after start");

export const AnswerSchema = z.discriminatedUnion("game", [
  z.object({ game: z.literal("spot"), article: z.string().min(1).max(200), picks: z.array(PickSchema).max(5000) }),
  z.object({ game: z.literal("guess"), article: z.string().min(1).max(200), start: z.number().int().min(0), outlet: z.string().min(1).max(200) }),
]);

export type StartSession = z.infer<typeof StartSessionSchema>;
export type JoinSession = z.infer<typeof JoinSessionSchema>;
export type AnswerBody = z.infer<typeof AnswerSchema>;
