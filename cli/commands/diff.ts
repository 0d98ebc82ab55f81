import { Command, Option } from "commander";
import { diffTexts } from "../../lib/align";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { loadArticle } from "../../lib/corpus/load";
import type { Encoding } from "../../lib/io/decode";
import { diffJson } from "../../lib/report/diff-json";
import { diffText } from "../../lib/report/diff-text";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import { choice, EncodingSchema } from "../options";
import { reportSkipped, type Io } from "../output";
import { z } from "zod";

interface DiffOptions {
  lexicon?: string;
  format: "text" | "json";
  outlet?: string;
  encoding?: Encoding;
}

export function runDiff(io: Io, fileA: string, fileB: string, options: DiffOptions): number {
  const engine = engineFor(io, options.lexicon);
  if (!engine) return EXIT.badInput;
  const loaded = [fileA, fileB].map((f) => loadArticle(f, { outlet: options.outlet, encoding: options.encoding }));
  const articles = loaded.flatMap((l) => ("article" in l ? [l.article] : []));
  for (const l of loaded) if ("problem" in l) reportSkipped(io, l.problem);
  const [a, b] = articles;
  if (!a || !b) return EXIT.badInput;
  const sideA = { text: a.body, analysis: analyzeText(engine, a.body) };
  const sideB = { text: b.body, analysis: analyzeText(engine, b.body) };
  const diff = diffTexts(sideA, sideB);
  if (options.format === "json") io.stdout(`${JSON.stringify(diffJson(a, b, diff), null, 2)}\n`);
  else io.stdout(diffText({ label: `${a.path} (${a.outlet})`, ...sideA }, { label: `${b.path} (${b.outlet})`, ...sideB }, diff));
  return EXIT.ok;
}

export function diffCommand(io: Io, setExit: (code: number) => void): Command {
  return new Command("diff")
    .description("align two articles sentence by sentence, diff the words, and list the framing swaps")
    .argument("<fileA>", "first article (.md with front matter, or .txt)")
    .argument("<fileB>", "second article")
    .option("--lexicon <path>", "lexicon file, or folder of lexicon files (default: the bundled lexicons/)")
    .addOption(new Option("--format <format>", "output: text or json").default("text").argParser(choice(z.enum(["text", "json"]), "format")))
    .option("--outlet <name>", "outlet for plain .txt files")
    .addOption(new Option("--encoding <encoding>", "force the encoding of both files (default: detect)").argParser(choice(EncodingSchema, "supported encoding")))
    .addHelpText("after", "\nExit codes: 0 done; 1 a file or the lexicon was bad (named on stderr); 2 usage error.")
    .action((fileA: string, fileB: string, options: DiffOptions) => setExit(runDiff(io, fileA, fileB, options)));
}
