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
export interface AnalysisWriter {
  article(result: ArticleResult): void;
  /** An article already serialised by articleText (in a worker thread): written exactly as article(result) would write it. */
  articleText(text: string): void;
  /** Writes what comes after the articles. Nothing is written before the first article or end(). */
  end(outlets: readonly OutletScore[], problems: readonly FileProblem[]): void;
}

export type AnalysisFormat = "json" | "csv" | "table";
type Write = (text: string) => void;

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
 * One article as its format writes it, without what separates it from the
 * one before: the part of the output that costs, so it can be made in a
 * worker thread and only written by the main one.
 */
export function articleText(format: AnalysisFormat, result: ArticleResult): string {
  if (format === "json") return nested(articleJson(result), 2);
  return format === "csv" ? matchCsvRows(result) : articleLine(result);
}

/** A writer from what it does with an article's text; article(result) serialises and hands it over. */
function writerOf(format: AnalysisFormat, writeArticle: (text: string) => void, end: AnalysisWriter["end"]): AnalysisWriter {
  return { article: (result) => writeArticle(articleText(format, result)), articleText: writeArticle, end };
}

/**
 * The analysis JSON, streamed: its head (lexicon, options), each article as
 * it comes, then the outlets and problems. Its text equals
 * JSON.stringify(analysisJson(…), null, 2).
 */
function jsonWriter(write: Write, lexicon: Lexicon, options: ScoreOptions): AnalysisWriter {
  // the head is cut from the real object, so a field added to analysisJson shows up here too
  const empty = analysisJson({ lexicon, options, articles: [], outlets: [], problems: [] });
  const { articles: _articles, outlets: _outlets, problems: _problems, ...head } = empty;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, ",\n");
  let count = 0;
  return writerOf(
    "json",
    (text) => {
      write(`${count === 0 ? `${headText}  "articles": [\n    ` : ",\n    "}${text}`);
      count++;
    },
    (outlets, problems) => {
      const tail = `,\n  "outlets": ${nested(outlets, 1)},\n  "problems": ${nested(problems, 1)}\n}\n`;
      write(count === 0 ? `${headText}  "articles": []${tail}` : `\n  ]${tail}`);
    },
  );
}

function csvWriter(write: Write): AnalysisWriter {
  let headerWritten = false;
  const header = () => {
    if (!headerWritten) write(MATCH_CSV_HEADER);
    headerWritten = true;
  };
  return writerOf(
    "csv",
    (text) => {
      header();
      write(text);
    },
    header,
  );
}

/** One line per article as it is analysed, then the per-outlet table. */
function tableWriter(write: Write, lexicon: CompiledLexicon): AnalysisWriter {
  let count = 0;
  return writerOf(
    "table",
    (text) => write(`${count++ === 0 ? "" : "\n"}${text}`),
    (outlets) => write(`\n\n${outletsTable(outlets, lexicon)}`),
  );
}

export function analysisWriter(format: AnalysisFormat, write: Write, context: { lexicon: CompiledLexicon; options: ScoreOptions }): AnalysisWriter {
  if (format === "json") return jsonWriter(write, context.lexicon.lexicon, context.options);
  return format === "csv" ? csvWriter(write) : tableWriter(write, context.lexicon);
}
