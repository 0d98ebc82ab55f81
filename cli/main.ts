import { Command, CommanderError } from "commander";
import { analyzeCommand } from "./commands/analyze";
import { diffCommand } from "./commands/diff";
import { importCommand } from "./commands/import";
import { discoverCommand } from "./commands/discover";
import { lessonCommand } from "./commands/lesson";
import { lexiconCommand } from "./commands/lexicon";
import { reportCommand } from "./commands/report";
import { timelineCommand } from "./commands/timeline";
import { workerCommand } from "./commands/worker";
import { EXIT } from "./exit";
import { processIo, type Io } from "./output";

/** Builds the `adasa` program; commands report their exit code (or its promise) through `setExit`. */
export function buildProgram(io: Io, setExit: (code: number | Promise<number>) => void): Command {
  const program = new Command("adasa")
    .description("Adasa (عدسة): how Arabic news outlets frame the same story, measured with a lexicon of loaded terms")
    .version(require("../package.json").version)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    // an option belongs to the command it follows (discover and discover accept both take --target)
    .enablePositionalOptions();
  program.addCommand(analyzeCommand(io, setExit));
  program.addCommand(diffCommand(io, setExit));
  program.addCommand(lexiconCommand(io, setExit));
  program.addCommand(reportCommand(io, setExit));
  program.addCommand(lessonCommand(io, setExit));
  program.addCommand(importCommand(io, setExit));
  program.addCommand(workerCommand(io, setExit));
  program.addCommand(timelineCommand(io, setExit));
  program.addCommand(discoverCommand(io, setExit));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError("(run with --help for usage)");
    for (const sub of command.commands) sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }
  return program;
}

/** Runs adasa with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number | Promise<number> = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.usage;
  }
  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code);
      return benign ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return await code;
}
