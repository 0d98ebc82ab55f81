import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CategorySchema, slug } from "../lexicon/schema";
import { loadReviewFile, saveReviewFile } from "./load";
import { acceptCandidate, rejectCandidate, rejectedKeys } from "./review";

/** The review file in a lexicon folder: a part of the lexicon like the others. */
export const REVIEW_FILE_NAME = "libya-discovered.yaml";
export const reviewFileIn = (lexiconDir: string): string => path.join(lexiconDir, REVIEW_FILE_NAME);

/** Whether a lexicon path is a folder a review file can join (a single lexicon file cannot take one). */
export const isLexiconFolder = (lexiconPath: string): boolean => fs.existsSync(lexiconPath) && fs.statSync(lexiconPath).isDirectory();

const phrase = z
  .string()
  .trim()
  .min(1, "the phrase is empty")
  .max(200, "the phrase is longer than 200 characters")
  .refine((s) => /\p{Script=Arabic}/u.test(s), "the phrase has no Arabic letter");
const text = (what: string) => z.string().trim().min(1, `write the ${what}`).max(1000, `the ${what} is longer than 1,000 characters`);

/** A reviewer's decision on a candidate, as the CLI and the web page take it. */
export const ReviewDecisionSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("accept"),
    phrase,
    target: slug,
    category: CategorySchema,
    valence: z.coerce.number().int("valence is a whole number").min(-2, "valence is −2..+2").max(2, "valence is −2..+2"),
    gloss: text("gloss"),
    rationale: text("rationale"),
    id: slug.optional(),
  }),
  z.object({ action: z.literal("reject"), phrase, target: slug }),
]);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export interface DecisionOutcome {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** The id of the entry an acceptance added. */
  readonly entry: string | null;
}

/**
 * Applies a decision to the review file of a lexicon folder: loads it, adds
 * the entry (bumping the version) or the rejection, checks it together with
 * the folder's other parts and replaces it atomically. A ValidationError
 * leaves the file on disk as it was. The CLI and the web page both come here.
 */
export function applyDecision(lexiconDir: string, decision: ReviewDecision, file = reviewFileIn(lexiconDir)): DecisionOutcome {
  const before = loadReviewFile(file);
  const after = decision.action === "accept" ? acceptCandidate(before, decision) : rejectCandidate(before, decision.phrase, decision.target);
  saveReviewFile(file, after, lexiconDir);
  return { file, before: before.version, after: after.version, entry: decision.action === "accept" ? after.entries[after.entries.length - 1]!.id : null };
}

/**
 * The candidates a reviewer rejected, per target, from the review file of a
 * lexicon folder (none for a single lexicon file or a folder without one).
 * A broken review file is a ValidationError naming it.
 */
export function rejectionsIn(lexiconPath: string): (target: string) => ReadonlySet<string> {
  if (!isLexiconFolder(lexiconPath)) return () => new Set();
  const review = loadReviewFile(reviewFileIn(lexiconPath));
  return (target) => rejectedKeys(review, target);
}
