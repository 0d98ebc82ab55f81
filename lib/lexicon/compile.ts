import { normalize } from "../arabic/normalize";
import { PhraseSet } from "../arabic/phrases";
import type { Entry, Lexicon, Target } from "./schema";

/** One form of one entry, as the matcher reports it. */
export interface CompiledForm {
  readonly entry: Entry;
  /** The form as the lexicon writes it. */
  readonly form: string;
  /** Its matching form. */
  readonly norm: string;
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  readonly entries: ReadonlyMap<string, Entry>;
  readonly targets: ReadonlyMap<string, Target>;
  readonly phrases: PhraseSet<CompiledForm>;
}

/**
 * Compiles every form of a checked lexicon into one multi-pattern structure,
 * once. `derived` entries (the terms constructions yield) can be looked up
 * by id but are never matched as forms.
 */
export function compileLexicon(lexicon: Lexicon, derived: readonly Entry[] = []): CompiledLexicon {
  const items = lexicon.entries.flatMap((entry) =>
    entry.forms.map((form) => {
      const norm = normalize(form).split(/\s+/).filter(Boolean).join(" ");
      return { phrase: form, key: `${entry.id}\u0000${norm}`, payload: { entry, form, norm } };
    }),
  );
  return {
    lexicon,
    entries: new Map([...derived, ...lexicon.entries].map((e) => [e.id, e])),
    targets: new Map(lexicon.targets.map((t) => [t.id, t])),
    phrases: new PhraseSet(items),
  };
}
