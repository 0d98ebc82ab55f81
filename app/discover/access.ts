import { corpusSource } from "@/lib/corpus/store";
import { isLexiconFolder } from "@/lib/discovery/decide";

/**
 * Whether this server lets a reviewer write the lexicon from the web: only when
 * started with ADASA_REVIEW=1 (opt-in: a public server must not let any visitor
 * edit it), and only when the lexicon is a folder the review file can join.
 */
export type ReviewAccess = { readonly open: true; readonly lexiconDir: string } | { readonly open: false; readonly why: "off" | "not-folder" };

export function reviewAccess(env: Readonly<Record<string, string | undefined>> = process.env): ReviewAccess {
  if (env.ADASA_REVIEW !== "1") return { open: false, why: "off" };
  const { lexiconPath } = corpusSource(env);
  return isLexiconFolder(lexiconPath) ? { open: true, lexiconDir: lexiconPath } : { open: false, why: "not-folder" };
}
