import { createHash } from "node:crypto";
import type { Lexicon } from "./schema";

/**
 * The lexicon's content hash: what an analysis used, whatever the files' version strings say.
 * Computed on the entries and targets in a canonical order (ids sorted, forms sorted), so the
 * order of files, entries or forms never changes it, and any edit to a form, target, valence
 * or category does. The first 12 hex digits of SHA-256, prefixed `sha256:`.
 */
export function lexiconHash(lexicon: Lexicon): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const canonical = {
    targets: byId(lexicon.targets).map((t) => [t.id, t.label, t.label_ar, ...(t.period ? [t.period.from ?? "", t.period.until ?? ""] : [])]),
    entries: byId(lexicon.entries).map((e) => [e.id, [...e.forms].sort(), e.target, e.category, e.valence, e.naming, e.gloss, e.rationale, [...e.counterparts].sort(), ...(e.look_alike ? ["look-alike"] : []), ...(e.era_targets?.length ? [["era", ...e.era_targets]] : []), ...(e.not_mentions?.length ? [["not", ...e.not_mentions]] : [])]),
  };
  return `sha256:${createHash("sha256").update(JSON.stringify(canonical)).digest("hex").slice(0, 12)}`;
}

/** How analyses and reports name the lexicon they used. */
export function lexiconSummary(lexicon: Lexicon) {
  return { id: lexicon.id, version: lexicon.version, entries: lexicon.entries.length, lexicon_version: lexiconHash(lexicon) };
}
export type LexiconSummary = ReturnType<typeof lexiconSummary>;
