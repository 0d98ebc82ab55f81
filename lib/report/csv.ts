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
] as const;

const csvOptions = { cast: { boolean: (value: boolean) => String(value) } };

export const MATCH_CSV_HEADER = stringify([[...MATCH_CSV_COLUMNS]], csvOptions);

/** One row per match, for spreadsheets: the rows of one article (no header), so a corpus is written article by article. */
export function matchCsvRows({ article, analysis }: ArticleResult): string {
  return stringify(
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
    ]),
    csvOptions,
  );
}
