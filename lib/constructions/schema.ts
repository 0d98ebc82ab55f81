import { z } from "zod";
import { CategorySchema, slug } from "../lexicon/schema";
import data from "./constructions.json";

/**
 * The construction grammar as data (constructions.json): force nouns and
 * linkers that name a force by its leader or camp, and the cues that
 * distance the outlet from a naming. One schema; types inferred from it.
 */
const forms = z.array(z.string().trim().min(1)).min(1);
const valence = z.number().int().min(-2).max(2);

export const ForceNounSchema = z.object({
  id: slug,
  forms,
  category: CategorySchema,
  valence,
  gloss: z.string().trim().min(1),
  rationale: z.string().trim().min(1),
});

export const LinkerSchema = z.object({
  id: slug,
  forms,
  /** A proclitic the linker needs on the naming after it: ل in التابعة لحفتر. */
  clitic: z.enum(["", "ل"]),
  /** leads: the naming's own camp; backs: the camp its target backs. */
  relation: z.enum(["leads", "backs"]),
  gloss: z.string().trim().min(1),
});

export const CueSchema = z.object({
  id: slug,
  forms,
  /** Proclitics allowed on the naming after the cue (ما يسمى بحكومة الوفاق). */
  clitics: z.array(z.enum(["", "ب"])).default([""]),
  gloss: z.string().trim().min(1),
});

/** A context in which some entries' words are used in another sense (senses.json; see ./senses.ts). */
export const SenseContextSchema = z.object({
  id: slug,
  scope: z.enum(["sentence", "sentence-and-previous", "text", "word-before"]),
  cues: forms,
  /** For scope "word-before": proclitics written on the match itself that hold the context too (ب in بالقاهرة). */
  clitics: z.array(z.enum(["ب"])).optional(),
  entries: z.array(slug).min(1),
  rationale: z.string().trim().min(1),
});
export const SensesSchema = z.object({ contexts: z.array(SenseContextSchema).min(1) });
/**
 * Other senses a grammar brings (optional): its contexts are added to the bundled ones (senses.json), a context with
 * a bundled context's id taking its place; with `bundled: false` they are the only ones.
 */
export const GrammarSensesSchema = z.object({
  bundled: z.boolean().default(true),
  contexts: z.array(SenseContextSchema).default([]),
});

export const ConstructionsSchema = z.object({
  force: z.object({
    /** Added when a force is named after a person (قوات حفتر): one man's forces, not an army. */
    personalizing: valence,
    nouns: z.array(ForceNounSchema).min(1),
    linkers: z.array(LinkerSchema).min(1),
  }),
  distancing: z.object({
    cue_valence: valence,
    scare_quote_valence: valence,
    before: z.array(CueSchema).min(1),
    after: z.array(CueSchema.omit({ clitics: true })).min(1),
  }),
  senses: GrammarSensesSchema.optional(),
});

export type Senses = z.infer<typeof SensesSchema>;
export type GrammarSenses = z.infer<typeof GrammarSensesSchema>;

export type ForceNoun = z.infer<typeof ForceNounSchema>;
export type Linker = z.infer<typeof LinkerSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Constructions = z.infer<typeof ConstructionsSchema>;

/** The bundled grammar, checked (the engine reads the same grammar without zod: ./default-grammar.ts). */
export const parseDefaultConstructions = (): Constructions => ConstructionsSchema.parse(data);
