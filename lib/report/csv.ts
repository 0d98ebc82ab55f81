import { stringify } from "csv-stringify/sync";
import type { ArticleResult } from "../analysis/corpus";

export const MATCH_CSV_COLUMNS = [
  "article",
  "outlet",
  "term",
  "form",
  "text",
  "start",
  "end",
  "target",
  "category",
  "valence",
  "voice",
  "scare_quoted",
  "cue",
  "sentence",
  "parent",
  "role",
  "construction",
  "resolved_target",
  "resolved_by",
] as const;

/** One row per match, for spreadsheets. */
export function matchesCsv(results: readonly ArticleResult[]): string {
  const rows = results.flatMap(({ article, analysis }) =>
    analysis.matches.map((m) => [
      article.id,
      article.outlet,
      m.term,
      m.form,
      m.text,
      m.start,
      m.end,
      m.target,
      m.category,
      m.valence,
      m.voice,
      m.scare_quoted,
      m.cue ?? "",
      m.sentence,
      m.parent ?? "",
      m.role ?? "",
      m.construction ? `${m.construction.kind}:${m.construction.id}` : "",
      m.resolved?.target ?? "",
      m.resolved?.by ?? "",
    ]),
  );
  return stringify([[...MATCH_CSV_COLUMNS], ...rows], { cast: { boolean: (value) => String(value) } });
}
