import path from "node:path";
import { Command, Option } from "commander";
import { stringify } from "yaml";
import { z } from "zod";
import { DicError, dictionaryFromLexicon, lexiconFromDictionary, readLiwc, readQuanteda, writeLiwc, writeQuanteda } from "../../lib/interchange";
import { isFileProblem, readTextFile } from "../../lib/io/files";
import { defaultLexiconPath } from "../../lib/io/paths";
import { writeTextFileAtomic } from "../../lib/io/write";
import { loadLexicon } from "../../lib/lexicon/load";
import { ValidationError } from "../../lib/lexicon/problems";
import { checkLexicon } from "../../lib/lexicon/validate";
import { EXIT } from "../exit";
import { choice } from "../options";
import { reportValidation, type Io } from "../output";

const DictionaryFormatSchema = z.enum(["liwc", "quanteda"]);
type DictionaryFormat = z.infer<typeof DictionaryFormatSchema>;
const formatOf = (file: string): DictionaryFormat => (path.extname(file).toLowerCase() === ".dic" ? "liwc" : "quanteda");

function emit(io: Io, text: string, out: string | undefined): void {
  if (out) writeTextFileAtomic(out, text);
  else io.stdout(text);
}

export function runExport(io: Io, source: string | undefined, o: { format: DictionaryFormat; out?: string }): number {
  const from = source ?? defaultLexiconPath();
  try {
    const dictionary = dictionaryFromLexicon(loadLexicon(from).lexicon);
    emit(io, o.format === "liwc" ? writeLiwc(dictionary) : writeQuanteda(dictionary), o.out);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    reportValidation(io, "lexicon", error);
    return EXIT.badInput;
  }
}

export function runImport(io: Io, file: string, o: { format?: DictionaryFormat; out?: string; id?: string }): number {
  const decoded = readTextFile(file, "utf-8");
  if (isFileProblem(decoded)) {
    io.stderr(`adasa: cannot import ${file}: ${decoded.reason}\n`);
    return EXIT.badInput;
  }
  let imported;
  try {
    const format = o.format ?? formatOf(file);
    const dictionary = format === "liwc" ? readLiwc(decoded.text) : readQuanteda(decoded.text, file);
    imported = lexiconFromDictionary(dictionary, path.basename(file), o.id);
  } catch (error) {
    if (!(error instanceof DicError) && !(error instanceof ValidationError) && !(error instanceof Error)) throw error;
    io.stderr(`adasa: cannot import ${file}: ${error instanceof ValidationError ? error.problems.map((p) => `${p.where}: ${p.message}`).join("; ") : error.message}\n`);
    return EXIT.badInput;
  }
  for (const note of imported.notes) io.stderr(`adasa: note: ${file}: ${note}\n`);
  const errors = checkLexicon(imported.lexicon).filter((p) => p.severity === "error");
  if (errors.length > 0) {
    reportValidation(io, "imported lexicon from", new ValidationError(file, errors));
    return EXIT.badInput;
  }
  emit(io, `# Imported from ${path.basename(file)} by adasa lexicon import: review each entry's category, valence and rationale.\n${stringify(imported.lexicon, { lineWidth: 0 })}`, o.out);
  return EXIT.ok;
}

/** `lexicon export` and `lexicon import`: LIWC .dic and quanteda YAML dictionaries (categories → targets). */
export function addInterchangeCommands(lexicon: Command, io: Io, setExit: (code: number) => void): void {
  const format = () => new Option("--format <format>", "liwc (.dic) or quanteda (YAML)").argParser(choice(DictionaryFormatSchema, "dictionary format"));
  lexicon
    .command("export")
    .description("write the lexicon as a LIWC .dic or quanteda YAML dictionary (targets → entries → forms)")
    .argument("[lexicon]", "lexicon file or folder (default: the bundled lexicons/)")
    .addOption(format().makeOptionMandatory())
    .option("--out <file>", "write to a file instead of stdout")
    .action((source: string | undefined, options: { format: DictionaryFormat; out?: string }) => setExit(runExport(io, source, options)));
  lexicon
    .command("import")
    .description("read a LIWC .dic or quanteda YAML dictionary as a lexicon (categories → targets), every entry neutral for review")
    .argument("<file>", "the dictionary (.dic is LIWC, anything else quanteda YAML, unless --format says)")
    .addOption(format())
    .option("--id <slug>", "the new lexicon's id", "imported")
    .option("--out <file>", "write the lexicon YAML to a file instead of stdout")
    .action((file: string, options: { format?: DictionaryFormat; out?: string; id?: string }) => setExit(runImport(io, file, options)));
}
