import { readText } from "../lexicon/load";
import { parseYamlAs, ValidationError, type Problem } from "../lexicon/problems";
import type { Lexicon } from "../lexicon/schema";
import { ConstructionsSchema, type Constructions } from "./schema";

/**
 * A user's construction grammar (JSON or YAML), with the other senses it brings: checked by its schema, and its
 * senses' entries against the lexicon it will run with. Throws ValidationError naming the file and every problem.
 */
export function loadConstructions(file: string, lexicon: Lexicon): Constructions {
  const grammar = parseYamlAs(ConstructionsSchema, readText(file), file);
  const problems = senseProblems(grammar, lexicon);
  if (problems.length > 0) throw new ValidationError(file, problems);
  return grammar;
}

/** A grammar's sense contexts that name an entry the lexicon lacks, or share an id (one would hide the other). */
export function senseProblems(grammar: Constructions, lexicon: Lexicon): Problem[] {
  const entries = new Set(lexicon.entries.map((e) => e.id));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const context of grammar.senses?.contexts ?? []) {
    if (seen.has(context.id)) problems.push({ where: `context "${context.id}"`, message: "a second context with this id (ids must be unique)" });
    seen.add(context.id);
    for (const entry of context.entries) {
      if (!entries.has(entry)) problems.push({ where: `context "${context.id}" (entries)`, message: `no entry "${entry}" in the lexicon` });
    }
  }
  return problems;
}
