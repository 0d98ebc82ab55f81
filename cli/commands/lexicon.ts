import { Command } from "commander";
import { loadLexicon } from "../../lib/lexicon/load";
import { ValidationError } from "../../lib/lexicon/problems";
import { EXIT } from "../exit";
import { addInterchangeCommands } from "./interchange";
import { reportValidation, type Io } from "../output";
import { printable } from "../../lib/io/printable";

export function runLexiconCheck(io: Io, file: string): number {
  try {
    const { lexicon, warnings } = loadLexicon(file);
    for (const w of warnings) io.stderr(`adasa: warning: ${printable(file)}: ${printable(w.where)}: ${printable(w.message)}\n`);
    const forms = lexicon.entries.reduce((n, e) => n + e.forms.length, 0);
    const targets = new Set(lexicon.entries.map((e) => e.target)).size;
    io.stdout(`ok: ${file}: lexicon "${lexicon.id}" ${lexicon.version}, ${lexicon.entries.length} entries, ${forms} forms, ${targets} targets\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ValidationError) {
      reportValidation(io, "lexicon", error);
      return EXIT.badInput;
    }
    throw error;
  }
}

export function lexiconCommand(io: Io, setExit: (code: number) => void): Command {
  const lexicon = new Command("lexicon").description("work with lexicon files");
  lexicon
    .command("check")
    .description("validate a lexicon file (or folder): schema, duplicate ids, dangling counterparts, colliding forms")
    .argument("<file>", "lexicon .yaml/.json file, or a folder of them")
    .addHelpText("after", "\nExit codes: 0 valid; 1 refused (each problem named on stderr); 2 usage error.")
    .action((file: string) => setExit(runLexiconCheck(io, file)));
  addInterchangeCommands(lexicon, io, setExit);
  return lexicon;
}
