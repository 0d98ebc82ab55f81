import fs from "node:fs";
import { Command, Option } from "commander";
import { z } from "zod";
import { ARTICLE_EXTENSIONS } from "../../lib/io/files";
import type { ArticleResult } from "../../lib/analysis/corpus";
import type { Engine } from "../../lib/analysis/engine";
import { htmlToPdf, NoChromiumError } from "../../lib/io/pdf";
import { loadLesson } from "../../lib/lessons/load";
import { lessonMaterial } from "../../lib/lessons/material";
import { worksheetHtml } from "../../lib/lessons/worksheet";
import { ValidationError } from "../../lib/lexicon/problems";
import { analyzeFiles } from "../corpus";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import { choice } from "../options";
import { reportValidation, type Io } from "../output";
import { arabicFontBase64 } from "../../lib/io/fonts";
import { printable } from "../../lib/io/printable";

interface LessonOptions {
  articles?: string;
  lexicon?: string;
}

/** The corpus a lesson is checked against: --articles, else articles/ here, else the bundled one. */
function corpusFor(io: Io, engine: Engine, articles?: string): Map<string, ArticleResult> {
  const { results } = analyzeFiles(io, engine, articles ? [articles] : []);
  return new Map(results.map((r) => [r.article.id, r]));
}

function withLesson(io: Io, file: string, options: LessonOptions) {
  const engine = engineFor(io, options.lexicon);
  if (!engine) return undefined;
  const byId = corpusFor(io, engine, options.articles);
  try {
    return { engine, byId, lesson: loadLesson(file, { engine, articleIds: new Set(byId.keys()) }) };
  } catch (error) {
    if (error instanceof ValidationError) {
      reportValidation(io, "lesson", error);
      return undefined;
    }
    throw error;
  }
}

export function runLessonCheck(io: Io, file: string, options: LessonOptions): number {
  const loaded = withLesson(io, file, options);
  if (!loaded) return EXIT.badInput;
  const { lesson } = loaded;
  io.stdout(`ok: ${file}: lesson "${lesson.id}" — ${lesson.title}: ${lesson.articles.length} articles, ${lesson.targets.length} targets, ${lesson.questions.length} questions\n`);
  return EXIT.ok;
}

export async function runWorksheet(io: Io, file: string, options: LessonOptions & { out?: string; answers?: boolean; format?: "html" | "pdf" }): Promise<number> {
  const format = options.format ?? (options.out?.toLowerCase().endsWith(".pdf") ? "pdf" : "html");
  if (format === "pdf" && !options.out) {
    io.stderr("adasa: a PDF worksheet needs --out FILE\n");
    return EXIT.usage;
  }
  const loaded = withLesson(io, file, options);
  if (!loaded) return EXIT.badInput;
  const material = lessonMaterial({ engine: loaded.engine, byId: loaded.byId }, loaded.lesson);
  const html = worksheetHtml({ lesson: loaded.lesson, articles: material.articles, glossary: material.glossary, targets: material.targets, answers: Boolean(options.answers), fontBase64: arabicFontBase64() });
  try {
    if (format === "pdf") await htmlToPdf(html, options.out!);
    else if (options.out) fs.writeFileSync(options.out, html);
    else io.stdout(html);
  } catch (error) {
    io.stderr(`adasa: ${error instanceof NoChromiumError ? error.message : `could not write ${printable(options.out ?? "")}: ${printable((error as Error).message)}`}\n`);
    return EXIT.badInput;
  }
  if (options.out) io.stderr(`adasa: wrote ${options.answers ? "answer key" : "worksheet"} (${format}) to ${printable(options.out)}\n`);
  return EXIT.ok;
}

export function lessonCommand(io: Io, setExit: (code: number | Promise<number>) => void): Command {
  const lesson = new Command("lesson").description("classroom lessons: check a lesson file, print its worksheet and answer key");
  const common = (c: Command) =>
    c.option("--articles <dir>", `the corpus the lesson uses (default: articles/; ${ARTICLE_EXTENSIONS.join(", ")} files)`).option("--lexicon <path>", "lexicon file or folder (default: the bundled lexicons/)");
  common(
    lesson
      .command("check")
      .description("validate a lesson file: schema, and that its articles, targets and glossary terms exist")
      .argument("<file>", "lesson .yaml/.json file")
      .addHelpText("after", "\nExit codes: 0 valid; 1 refused (each problem named on stderr); 2 usage error."),
  ).action((file: string, options: LessonOptions) => setExit(runLessonCheck(io, file, options)));
  common(
    lesson
      .command("worksheet")
      .description("write the printable worksheet of a lesson (articles, questions, glossary), or with --answers its answer key")
      .argument("<file>", "lesson .yaml/.json file")
      .option("--out <file>", "where to write (default: standard output; required for pdf)")
      .option("--answers", "the answer key: loaded terms marked, answers given")
      .addOption(new Option("--format <format>", "html or pdf (default: from --out)").argParser(choice(z.enum(["html", "pdf"]), "worksheet format"))),
  ).action((file: string, options: LessonOptions & { out?: string; answers?: boolean; format?: "html" | "pdf" }) => setExit(runWorksheet(io, file, options)));
  return lesson;
}
