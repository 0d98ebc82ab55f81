import { ARTICLE } from "../arabic/clitics";

/** Letters dropped from a consonant skeleton: long vowels, and hamza seats (spellings vary on them). */
const WEAK = new Set(["ا", "و", "ي", "ء", "ئ", "ؤ"]);

/**
 * The consonant skeleton of a normalized phrase: per word, the article and the
 * long vowels and hamzas left out, ة read as ه. Spelling variants share it:
 * ميليشيات، مليشيات and ميلشيات all give ملشت; أردوغان and اردغان give ردغن.
 */
export function consonantSkeleton(normalizedPhrase: string): string {
  return normalizedPhrase
    .split(" ")
    .map((w) => (w.startsWith(ARTICLE) && w.length > ARTICLE.length + 1 ? w.slice(ARTICLE.length) : w))
    .map((w) => [...w.replace(/ة/g, "ه")].filter((c) => !WEAK.has(c)).join(""))
    .join(" ");
}
