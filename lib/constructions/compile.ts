import type { Entry, Lexicon } from "../lexicon/schema";
import { compileSenses, DEFAULT_COMPILED_SENSES, sensesOfGrammar, type CompiledSenses } from "./senses";
import { pronounSurfacesOf, type PronounSurfaces } from "./pronoun-surfaces";
import { compileRelations, type Relations } from "./relations";
import { DEFAULT_CONSTRUCTIONS } from "./default-grammar";
import type { Constructions, Cue, ForceNoun, Linker } from "./schema";
import { WordPatterns } from "./words";

/** The construction grammar compiled against one lexicon's targets. */
export interface CompiledConstructions {
  readonly grammar: Constructions;
  readonly relations: Relations;
  readonly nouns: WordPatterns<ForceNoun>;
  readonly linkers: WordPatterns<Linker>;
  readonly before: WordPatterns<Cue>;
  readonly after: WordPatterns<Omit<Cue, "clitics">>;
  /** Entries whose words another sense takes in some contexts (senses.json). */
  readonly senses: CompiledSenses;
  /** The plural force nouns with a possessive pronoun, as word ids (pronoun-forces.ts). */
  readonly pronouns: PronounSurfaces;
}

const patterns = <T extends { id: string; forms: string[] }>(items: readonly T[], articleOptional: boolean) =>
  new WordPatterns(items.map((i) => ({ forms: i.forms, payload: i, key: i.id })), articleOptional);

export function compileConstructions(lexicon: Lexicon, grammar: Constructions = DEFAULT_CONSTRUCTIONS): CompiledConstructions {
  return {
    grammar,
    relations: compileRelations(lexicon.targets),
    nouns: patterns(grammar.force.nouns, true),
    linkers: patterns(grammar.force.linkers, false),
    before: patterns(grammar.distancing.before, false),
    after: patterns(grammar.distancing.after, false),
    senses: grammar.senses ? compileSenses(sensesOfGrammar(grammar.senses)) : DEFAULT_COMPILED_SENSES,
    pronouns: pronounSurfacesOf(grammar.force.nouns),
  };
}

export const forceTerm = (noun: string, camp: string): string => `force-${noun}-${camp}`;
export const distancingTerm = (cue: string, target: string): string => `distancing-${cue}-${target}`;

/**
 * The terms a construction can yield, as lexicon-like entries, so that every
 * match's term can be looked up (glossary, reader popover, naming shares):
 * one per force noun and camp, and one per distancing cue and target.
 */
export function constructionEntries(lexicon: Lexicon, c: CompiledConstructions): Entry[] {
  const camps = [...new Set(lexicon.targets.map((t) => c.relations.campOf(t.id)).filter((x): x is string => !!x))];
  const force = c.grammar.force.nouns.flatMap((noun) =>
    camps.map((camp) => ({
      id: forceTerm(noun.id, camp),
      forms: noun.forms,
      target: camp,
      category: noun.category,
      valence: noun.valence,
      naming: true,
      counterparts: [],
      absorbs: [],
      gloss: `${noun.gloss} + a naming of the leader or camp (construction)`,
      rationale: `${noun.rationale} Built by the construction grammar: force noun, optional linker, and any naming of the camp or its leader; valence = noun + naming, and ${c.grammar.force.personalizing} more when the force is named after a person.`,
    })),
  );
  const named = lexicon.targets.filter((t) => t.kind !== "generic").map((t) => t.id);
  const cues = [...c.grammar.distancing.before, ...c.grammar.distancing.after];
  const distancing = cues.flatMap((cue) =>
    named.map((target) => ({
      id: distancingTerm(cue.id, target),
      forms: cue.forms,
      target,
      category: "distancing" as const,
      valence: c.grammar.distancing.cue_valence,
      naming: true,
      counterparts: [],
      absorbs: [],
      gloss: `${cue.gloss} + a naming (construction)`,
      rationale: "The outlet distances itself from the name it reports, whatever the name: the construction grammar finds the cue around any naming of the target.",
    })),
  );
  return [...force, ...distancing];
}
