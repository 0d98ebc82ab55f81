/**
 * Clitics: the short words Arabic writes attached to the next or previous
 * word. Matching expands each lexicon word into the surfaces it may take
 * (بالمشير، وللجيش، عدوانها) and looks whole tokens up, so a word that merely
 * contains the letters (مشيرا، توافق، الدول) can never match.
 *
 * Stemmers are the wrong tool here: they conflate العدوان with عدو.
 */

/** Conjunctions, written first: و "and", ف "so". */
export const CONJUNCTIONS = ["", "و", "ف"] as const;
/** Prepositions and particles, after a conjunction: ب "with/by", ك "like", ل "for/to". */
export const PREPOSITIONS = ["", "ب", "ك", "ل"] as const;
export const ARTICLE = "ال";
/** Possessive and object pronouns. ي is left out: عدواني is the adjective "aggressive", not "my aggression". */
export const ENCLITICS = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا"] as const;

export interface Surface {
  /** The token as written (normalized). */
  readonly surface: string;
  /** Normalized characters of proclitics before the lexicon word. */
  readonly skip: number;
  /** Normalized characters of enclitics after it. */
  readonly trim: number;
  /**
   * The matcher gave the word an article the lexicon wrote without: it then stands alone or as the head of a
   * definite noun and adjective (see PhraseSet), never as the first noun of a construct (حكومة الميليشيات is not
   * «الحكومة الميليشيات», which is a subject and its object).
   */
  readonly articleAdded?: boolean;
}

export const hasArticle = (word: string): boolean => word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1;

/**
 * Ta marbuta is often typed as ha (الدوله). Accepted only on a word that
 * carries the article, where ـه cannot be the "his" suffix.
 */
export function spellingVariants(word: string): string[] {
  return hasArticle(word) && word.endsWith("ة") ? [word, `${word.slice(0, -1)}ه`] : [word];
}

/** Every proclitic surface of `word`, pushed onto `out`. */
function withProclitics(word: string, trim: number, out: Surface[], articleAdded = false): void {
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      const prefix = conj + prep;
      if (prep === "ل" && hasArticle(word)) {
        // ل + ال writes as لل: the article's alef drops (للجيش); before a word that itself
        // starts with ل the article's lam merges too, leaving two lams (ل + اللواء → للواء)
        const merged = word[ARTICLE.length] === "ل" ? word.slice(ARTICLE.length) : word.slice(1);
        out.push({ surface: prefix + merged, skip: prefix.length, trim, articleAdded });
      } else {
        out.push({ surface: prefix + word, skip: prefix.length, trim, articleAdded });
      }
    }
  }
}

export interface FirstWordOptions {
  /** The form is this one word: it may carry a possessive suffix. */
  readonly single: boolean;
  /** A word written without the article also matches with it (nouns: yes; verbs: no). */
  readonly articleOptional: boolean;
}

/**
 * Every surface the first word of a lexicon form may take. A word written
 * with the article keeps it; a word written without it also matches with it
 * (عدوان covers العدوان), since the definite noun carries the same label.
 */
export function firstWordSurfaces(word: string, { single, articleOptional }: FirstWordOptions): Surface[] {
  const definite = hasArticle(word);
  const bases = definite || !articleOptional ? [word] : [word, ARTICLE + word];
  const out: Surface[] = [];
  for (const base of bases) {
    for (const variant of spellingVariants(base)) withProclitics(variant, 0, out, base !== word);
  }
  if (single && !definite) {
    const stem = word.endsWith("ة") ? `${word.slice(0, -1)}ت` : word;
    for (const enclitic of ENCLITICS) withProclitics(stem + enclitic, enclitic.length, out);
  }
  return out;
}
