import { Command, CommanderError } from "commander";
import { cachePhraseTables } from "../lib/io/phrase-cache";
import { EXIT } from "./exit";
import { processIo, type Io } from "./output";

type SetExit = (code: number | Promise<number>) => void;
type CommandFactory = (io: Io, setExit: SetExit) => Command;

/**
 * Each command's module, loaded only when that command runs (or for the
 * help, which lists them all), in the order the help lists them. Loading
 * every module at start cost about half a second of CPU on every run: the
 * store's PostgreSQL clients, linkedom and Readability are needed by a few
 * commands only. esbuild turns each import() into a lazy initialiser inside
 * the one bundle (bin/bundle.js).
 */
const COMMANDS: Readonly<Record<string, () => Promise<CommandFactory>>> = {
  analyze: async () => (await import("./commands/analyze")).analyzeCommand,
  diff: async () => (await import("./commands/diff")).diffCommand,
  lexicon: async () => (await import("./commands/lexicon")).lexiconCommand,
  report: async () => (await import("./commands/report")).reportCommand,
  lesson: async () => (await import("./commands/lesson")).lessonCommand,
  import: async () => (await import("./commands/import")).importCommand,
  worker: async () => (await import("./commands/worker")).workerCommand,
  timeline: async () => (await import("./commands/timeline")).timelineCommand,
  discover: async () => (await import("./commands/discover")).discoverCommand,
};

/** The command `argv` runs, when it names one; else (help, a mistyped name) every command, for the help and the suggestions. */
const commandsFor = (argv: readonly string[]): string[] => (argv[0] !== undefined && argv[0] in COMMANDS ? [argv[0]] : Object.keys(COMMANDS));

/** Builds the `adasa` program with the commands named (all by default); commands report their exit code (or its promise) through `setExit`. */
export async function buildProgram(io: Io, setExit: SetExit, names: readonly string[] = Object.keys(COMMANDS)): Promise<Command> {
  const program = new Command("adasa")
    .description("Adasa (عدسة): how Arabic news outlets frame the same story, measured with a lexicon of loaded terms")
    .version(require("../package.json").version)
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    // an option belongs to the command it follows (discover and discover accept both take --target)
    .enablePositionalOptions();
  const factories = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const factory of factories) program.addCommand(factory(io, setExit));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).showHelpAfterError("(run with --help for usage)");
    for (const sub of command.commands) sub.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }
  return program;
}

/** Runs adasa with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: Io = processIo): Promise<number> {
  // before any command's module loads: the phrase sets compiled from here on read their tables from the cache
  cachePhraseTables();
  let code: number | Promise<number> = EXIT.ok;
  const program = await buildProgram(io, (c) => (code = c), commandsFor(argv));
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
