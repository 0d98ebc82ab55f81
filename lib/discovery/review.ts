import { stringify } from "yaml";
import { z } from "zod";
import { normalize } from "../arabic/normalize";
import { LexiconPartSchema } from "../lexicon/parse";
import { slug, type Category, type Entry } from "../lexicon/schema";

/**
 * The file a reviewer's decisions go to: a part of the folder lexicon (the
 * accepted entries, loaded with the others) that also lists the rejected
 * candidates, which the lexicon loader ignores and discovery never proposes again.
 */
export const ReviewFileSchema = LexiconPartSchema.extend({
  rejected: z.array(z.object({ target: slug, key: z.string().min(1), phrase: z.string().min(1) })).default([]),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

export function emptyReviewFile(): ReviewFile {
  return {
    id: "libya-discovered",
    version: "0.1.0",
    title: "Libya conflict framing lexicon, entries accepted from discovery",
    language: "ar",
    targets: [],
    entries: [],
    rejected: [],
  };
}

/** 1.2.3 → 1.2.4; a version that is not x.y.z gets `.1` appended. */
export function bumpVersion(version: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : `${version}.1`;
}

export interface Acceptance {
  readonly phrase: string;
  readonly target: string;
  readonly category: Category;
  readonly valence: number;
  readonly gloss: string;
  readonly rationale: string;
  readonly id?: string;
  readonly naming?: boolean;
}

function freeId(file: ReviewFile, target: string): string {
  const taken = new Set(file.entries.map((e) => e.id));
  let n = 1;
  while (taken.has(`${target}-discovered-${n}`)) n++;
  return `${target}-discovered-${n}`;
}

/** The review file with the candidate accepted as a new entry, and its version bumped. */
export function acceptCandidate(file: ReviewFile, a: Acceptance): ReviewFile {
  const entry: Entry = {
    id: a.id ?? freeId(file, a.target),
    forms: [a.phrase.trim()],
    target: a.target,
    category: a.category,
    valence: a.valence,
    gloss: a.gloss,
    rationale: a.rationale,
    counterparts: [],
    absorbs: [],
    naming: a.naming ?? true,
  };
  const key = normalize(a.phrase.trim());
  return {
    ...file,
    version: bumpVersion(file.version),
    entries: [...file.entries, entry],
    rejected: file.rejected.filter((r) => !(r.target === a.target && r.key === key)),
  };
}

/** The review file with the candidate listed as rejected for the target (the lexicon itself is unchanged). */
export function rejectCandidate(file: ReviewFile, phrase: string, target: string): ReviewFile {
  const key = normalize(phrase.trim());
  if (file.rejected.some((r) => r.target === target && r.key === key)) return file;
  return { ...file, rejected: [...file.rejected, { target, key, phrase: phrase.trim() }] };
}

export const rejectedKeys = (file: ReviewFile, target: string): Set<string> => new Set(file.rejected.filter((r) => r.target === target).map((r) => r.key));

export function reviewFileYaml(file: ReviewFile): string {
  const header = "# Written by `adasa discover accept` / `reject`: entries a reviewer accepted, and the candidates rejected.\n";
  return header + stringify(file, { lineWidth: 0 });
}
