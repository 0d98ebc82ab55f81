import type { Category, Lexicon } from "../lexicon/schema";

/**
 * A content-analysis dictionary as LIWC and quanteda know it: named categories
 * of words and phrases, optionally one level deeper (quanteda's nested keys).
 * Our lexicon maps onto it as target → entry → forms; valences, glosses and
 * rationales have no place in these formats and are lost on export.
 */
export interface DictionaryCategory {
  readonly key: string;
  readonly subkey: string | null;
  readonly words: readonly string[];
}
export type Dictionary = readonly DictionaryCategory[];

/** target → entry id → forms, in the lexicon's order. */
export function dictionaryFromLexicon(lexicon: Lexicon): Dictionary {
  const order = new Map(lexicon.targets.map((t, i) => [t.id, i]));
  return [...lexicon.entries]
    .sort((a, b) => (order.get(a.target) ?? 0) - (order.get(b.target) ?? 0))
    .map((e) => ({ key: e.target, subkey: e.id, words: e.forms }));
}

/** A foreign category name as a lexicon slug (non-Latin names get a numbered one). */
export function toSlug(name: string, fallback: string): string {
  const s = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return s.length > 0 ? s : fallback;
}

export interface Imported {
  readonly lexicon: Lexicon;
  /** What could not be carried over as it was (a wildcard, a word in two categories). */
  readonly notes: readonly string[];
}

/**
 * A dictionary as a lexicon: each top-level category a target, each (sub)category
 * an entry of its words. Every entry starts neutral (category `name`, valence 0)
 * for a reviewer to judge; a word already used by an earlier category is kept
 * there only, since a form may belong to one entry.
 */
export function lexiconFromDictionary(dictionary: Dictionary, source: string, id = "imported"): Imported {
  const notes: string[] = [];
  const seen = new Map<string, string>();
  const targets = new Map<string, string>();
  const ids = new Set<string>();
  const entries = dictionary.flatMap((c, i) => {
    const target = targets.get(c.key) ?? toSlug(c.key, `category-${targets.size + 1}`);
    targets.set(c.key, target);
    let entryId = c.subkey === null ? target : toSlug(c.subkey, `${target}-${i + 1}`);
    if (ids.has(entryId)) entryId = `${entryId}-${i + 1}`;
    ids.add(entryId);
    const forms: string[] = [];
    for (const written of c.words) {
      // LIWC's trailing * matches any ending; a lexicon form is a whole word (list inflections as forms)
      const word = written.replace(/\*+$/, "");
      if (word !== written) notes.push(`"${written}": the wildcard is dropped, "${word}" matches that word only`);
      const owner = seen.get(word);
      if (owner) notes.push(`"${word}" is in ${owner} and ${c.key}${c.subkey ? `/${c.subkey}` : ""}: kept in ${owner} only`);
      else {
        seen.set(word, `${c.key}${c.subkey ? `/${c.subkey}` : ""}`);
        forms.push(word);
      }
    }
    if (forms.length === 0) return [];
    const category: Category = "name";
    return [{ id: entryId, forms, target, category, valence: 0, gloss: `${c.key}${c.subkey ? ` / ${c.subkey}` : ""}`, rationale: `Imported from ${source}; category, valence and rationale still to be reviewed.`, counterparts: [], absorbs: [], naming: true }];
  });
  const lexicon: Lexicon = {
    id,
    version: "0.1.0",
    title: `Imported from ${source}`,
    language: "ar",
    targets: [...targets].map(([name, slug]) => ({ id: slug, label: name, label_ar: name, description: `Category "${name}" of ${source}.`, kind: "generic" as const, relations: [], resolves_to: [] })),
    entries,
  };
  return { lexicon, notes };
}
