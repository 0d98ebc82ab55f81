import { z } from "zod";
import { EntrySchema, LexiconSchema, TargetSchema, type Lexicon } from "./schema";
import { parseYamlAs, ValidationError } from "./problems";
import { checkLexicon, type LexiconProblem } from "./validate";

export interface ReadLexicon {
  readonly lexicon: Lexicon;
  /** Problems that do not refuse the lexicon (a counterpart that does not link back). */
  readonly warnings: readonly LexiconProblem[];
}

function refuseOnErrors(lexicon: Lexicon, source: string): ReadLexicon {
  const problems = checkLexicon(lexicon);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new ValidationError(source, errors);
  return { lexicon, warnings: problems.filter((p) => p.severity === "warning") };
}

/**
 * Reads a lexicon from the text of a YAML or JSON file (YAML is a superset of
 * JSON), checks its shape and its semantics, and throws a ValidationError
 * naming every problem; `source` names the file in messages.
 */
export function parseLexicon(text: string, source: string): ReadLexicon {
  return refuseOnErrors(parseLexiconShape(text, source, LexiconSchema), source);
}

/**
 * A file that is one part of a folder lexicon: the same format, but it may
 * add entries to targets another part defines (so it may define none, and a
 * part that holds only review decisions has no entries yet), and
 * its references are checked only once the parts are merged.
 */
export const LexiconPartSchema = LexiconSchema.extend({ targets: z.array(TargetSchema).default([]), entries: z.array(EntrySchema).default([]) });

/** YAML/JSON text → a lexicon of the right shape (no semantic checks), or a ValidationError. */
export function parseLexiconShape(text: string, source: string, schema: typeof LexiconSchema | typeof LexiconPartSchema = LexiconPartSchema): Lexicon {
  return parseYamlAs(schema, text, source);
}

/**
 * Several lexicon files used together (a folder): one lexicon whose id and
 * version list the parts, checked again as a whole so that cross-file
 * duplicates are refused too.
 */
export function mergeLexicons(parts: readonly Lexicon[], source: string): ReadLexicon {
  if (parts.length === 1) return refuseOnErrors(parts[0]!, source);
  const merged: Lexicon = {
    id: parts.map((p) => p.id).join("+"),
    version: parts.map((p) => p.version).join("+"),
    title: parts.map((p) => p.title).join(" + "),
    language: "ar",
    targets: dedupeTargets(parts.flatMap((p) => p.targets)),
    entries: parts.flatMap((p) => p.entries),
  };
  return refuseOnErrors(merged, source);
}

function dedupeTargets(targets: Lexicon["targets"]): Lexicon["targets"] {
  const seen = new Map<string, Lexicon["targets"][number]>();
  for (const t of targets) if (!seen.has(t.id)) seen.set(t.id, t);
  return [...seen.values()];
}
