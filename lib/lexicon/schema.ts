import { z } from "zod";
import { CalendarDateSchema } from "../corpus/date";

/** The one schema of a lexicon file (YAML or JSON). Types are inferred from it. */

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (a-z, 0-9, dashes)");

export const CATEGORIES = [
  "name",
  "title",
  "legitimizing",
  "delegitimizing",
  "personalizing",
  "pejorative",
  "terror-label",
  "diminishing",
  "euphemism",
  "dramatizing",
  "distancing",
  "operation-name",
] as const;

export const CategorySchema = z.enum(CATEGORIES);

/**
 * What a target is: a person (haftar), a camp (lna, gna), a state (turkey),
 * an event (the Tripoli offensive), a side-switching label whose side is read
 * from context (army-label), or another generic target (casualties).
 */
export const TARGET_KINDS = ["person", "camp", "state", "event", "label", "generic"] as const;
export const TargetKindSchema = z.enum(TARGET_KINDS);

/**
 * How targets relate. leads/heads/commands/waged-by point from a person,
 * institution or event to the camp whose side it is (forces named by their
 * leader resolve along them); backs points from a foreign backer to its
 * client; opposes names the enemy (a label the sentence aims at one camp's
 * enemy resolves to it); allied is recorded but not followed.
 */
export const RELATION_TYPES = ["leads", "heads", "commands", "waged-by", "backs", "opposes", "allied"] as const;
export const RelationSchema = z.object({ type: z.enum(RELATION_TYPES), target: slug });

/**
 * When a target exists (a government's term, an office holder's years), as calendar dates of any
 * precision (2022, 2022-02, 2022-02-10); an open end is unbounded. Read for entries' era_targets.
 */
export const PeriodSchema = z.object({ from: CalendarDateSchema.optional(), until: CalendarDateSchema.optional() });

export const TargetSchema = z.object({
  id: slug,
  label: z.string().trim().min(1),
  label_ar: z.string().trim().min(1),
  description: z.string().trim().min(1),
  kind: TargetKindSchema.default("generic"),
  relations: z.array(RelationSchema).default([]),
  /** For a side-switching label: the camps it may point at, in order of preference. */
  resolves_to: z.array(slug).default([]),
  period: PeriodSchema.optional(),
});

export const EntrySchema = z.object({
  id: slug,
  forms: z.array(z.string().trim().min(1, "empty form")).min(1, "needs at least one form"),
  target: slug,
  category: CategorySchema,
  valence: z.number().int("must be a whole number").min(-2).max(2),
  gloss: z.string().trim().min(1),
  rationale: z.string().trim().min(1),
  counterparts: z.array(slug).default([]),
  /** A way of naming the target (counted in naming shares), rather than a qualifier beside a name. */
  naming: z.boolean().default(true),
  /**
   * Entries whose loaded phrases this entry's forms contain on purpose, the
   * longer phrase being the right reading (الجيش الوطني السوري is not the LNA):
   * `lexicon check` does not warn that they are hidden.
   */
  absorbs: z.array(slug).default([]),
  /**
   * Targets the same words name in another era, instead of `target`: «الحكومة الموازية» is the
   * House's eastern cabinet until 2021 and Bashagha's government from 2022. The first whose period
   * holds the article's date wins; an undated article takes the first it names elsewhere (itself
   * or through the person who heads it); otherwise `target`.
   */
  era_targets: z.array(slug).optional(),
  /**
   * Entries whose words inside these forms are no mention of their target, so they are not found
   * nested: «حفتر» in «صدام حفتر» is the son's surname, not a mention of the father.
   */
  not_mentions: z.array(slug).optional(),
  /**
   * Words that read like a naming of the target but mean something else (المشير طنطاوي is Egypt's
   * field marshal, رئيس التحرير an editor-in-chief): matched, so that longest match takes the words
   * away from the shorter naming inside them, then dropped: no match, no mention.
   */
  look_alike: z.boolean().optional(),
  notes: z.string().optional(),
});

export const LexiconSchema = z.object({
  id: slug,
  version: z.string().trim().min(1),
  title: z.string().trim().min(1),
  description: z.string().optional(),
  language: z.literal("ar"),
  targets: z.array(TargetSchema).min(1),
  entries: z.array(EntrySchema).min(1),
});

export type Category = z.infer<typeof CategorySchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type TargetKind = z.infer<typeof TargetKindSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;
export type LexiconInput = z.input<typeof LexiconSchema>;
