import { z } from "zod";

export const INTERVALS = ["day", "week", "month"] as const;
export const IntervalSchema = z.enum(INTERVALS);

const list = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
  z.array(z.string().min(1)).optional(),
);

/** A time-series request, as the command line and `GET /api/timeline` take it (lists comma-separated). */
export const TimelineQuerySchema = z.object({
  target: z.string().min(1, "give a target"),
  interval: IntervalSchema.default("month"),
  /** Outlets to show (outlet groups with byGroup); all when empty. */
  outlets: list,
  /** One series per outlet group instead of per outlet. */
  byGroup: z.preprocess((v) => v === true || v === "true" || v === "1", z.boolean()).default(false),
  voice: z.enum(["all", "own"]).default("all"),
});
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;
