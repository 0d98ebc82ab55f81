import type { ArticleResult, OutletScore } from "../analysis/corpus";
import type { ScoreOptions } from "../analysis/tally";
import type { FileProblem } from "../io/files";
import type { Lexicon } from "../lexicon/schema";
import { analysisJson, articleJson } from "./analysis-json";
import { matchCsvRows, MATCH_CSV_HEADER } from "./csv";
import type { CompiledLexicon } from "../lexicon/compile";
import { articleLine, outletsTable } from "./table";

/**
 * The `adasa analyze` outputs written article by article, so a corpus of any
 * size goes through in constant memory: only the per-outlet tallies are kept
 * to the end. Each writer produces exactly the text its one-shot counterpart
 * would for the whole corpus at once (analysisJson pretty-printed, one CSV, the tables).
 */
export interface AnalysisWriter<Ready = string> {
  article(result: ArticleResult): void;
  /**
   * An article already serialised by articleText elsewhere (a worker thread,
   * which sends it as UTF-8 bytes): written exactly as article(result) would
   * write it, what separates it from the one before included.
   */
  articleReady(ready: Ready): void;
  /** Writes what comes after the articles. Nothing is written before the first article or end(). */
  end(outlets: readonly OutletScore[], problems: readonly FileProblem[]): void;
}

export type AnalysisFormat = "json" | "csv" | "table";
/** Where the writer's text goes: its own text, and the serialised articles as they were handed over (`Ready`: text, or its UTF-8 bytes). */
type Write<Ready> = (chunk: string | Ready) => void;

/**
 * JSON.stringify(value, null, 2) as it prints one level deep (a field of the
 * document) or two (an element of a field's array): stringified in place in
 * such a wrapper and cut out, which costs half what re-indenting does.
 */
function nested(value: unknown, depth: 1 | 2): string {
  const [wrapped, prefix, suffix] = depth === 1 ? [{ a: value }, '{\n  "a": ', "\n}"] : [{ a: [value] }, '{\n  "a": [\n    ', "\n  ]\n}"];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(prefix.length, text.length - suffix.length);
}

/**
 * Whether a format prints an article's per-target scores (ArticleResult's
 * `targets`): the table line and the CSV rows do not, so where articles are
 * serialised in bulk (lib/work/file-batch.ts) they are not computed for them.
 */
export const PRINTS_TARGET_SCORES: Readonly<Record<AnalysisFormat, boolean>> = { json: true, csv: false, table: false };

/**
 * One article as its format writes it, without what separates it from the
 * one before: the part of the output that costs, so it can be made in a
 * worker thread and only written by the main one.
 */
export function articleText(format: AnalysisFormat, result: ArticleResult): string {
  if (format === "json") return nested(articleJson(result), 2);
  return format === "csv" ? matchCsvRows(result) : articleLine(result);
}

/**
 * A writer from what goes before each article (`separator` is called once
 * per article, in order) and what ends the output; article(result)
 * serialises the article here and writes it with its separator in one piece.
 */
function writerOf<Ready>(format: AnalysisFormat, write: Write<Ready>, separator: () => string, end: AnalysisWriter["end"]): AnalysisWriter<Ready> {
  return {
    article: (result) => write(separator() + articleText(format, result)),
    articleReady: (ready) => {
      const before = separator();
      if (before) write(before);
      write(ready);
    },
    end,
  };
}

/**
 * The analysis JSON, streamed: its head (lexicon, options), each article as
 * it comes, then the outlets and problems. Its text equals
 * JSON.stringify(analysisJson(…), null, 2).
 */
function jsonWriter<Ready>(write: Write<Ready>, lexicon: Lexicon, options: ScoreOptions): AnalysisWriter<Ready> {
  // the head is cut from the real object, so a field added to analysisJson shows up here too
  const empty = analysisJson({ lexicon, options, articles: [], outlets: [], problems: [] });
  const { articles: _articles, outlets: _outlets, problems: _problems, ...head } = empty;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, ",\n");
  let count = 0;
  return writerOf(
    "json",
    write,
    () => (count++ === 0 ? `${headText}  "articles": [\n    ` : ",\n    "),
    (outlets, problems) => {
      const tail = `,\n  "outlets": ${nested(outlets, 1)},\n  "problems": ${nested(problems, 1)}\n}\n`;
      write(count === 0 ? `${headText}  "articles": []${tail}` : `\n  ]${tail}`);
    },
  );
}

function csvWriter<Ready>(write: Write<Ready>): AnalysisWriter<Ready> {
  let headerWritten = false;
  const header = () => {
    const text = headerWritten ? "" : MATCH_CSV_HEADER;
    headerWritten = true;
    return text;
  };
  return writerOf("csv", write, header, () => {
    const text = header();
    if (text) write(text);
  });
}

/** One line per article as it is analysed, then the per-outlet table. */
function tableWriter<Ready>(write: Write<Ready>, lexicon: CompiledLexicon): AnalysisWriter<Ready> {
  let count = 0;
  return writerOf(
    "table",
    write,
    () => (count++ === 0 ? "" : "\n"),
    (outlets) => write(`\n\n${outletsTable(outlets, lexicon)}`),
  );
}

/** `Ready` is what articleReady takes: text by default, or the UTF-8 bytes of the text when `write` takes bytes too. */
export function analysisWriter<Ready = string>(
  format: AnalysisFormat,
  write: Write<Ready>,
  context: { lexicon: CompiledLexicon; options: ScoreOptions },
): AnalysisWriter<Ready> {
  if (format === "json") return jsonWriter(write, context.lexicon.lexicon, context.options);
  return format === "csv" ? csvWriter(write) : tableWriter(write, context.lexicon);
}
