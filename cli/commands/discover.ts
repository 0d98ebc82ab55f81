import { Command, InvalidArgumentError, Option } from "commander";
import { z } from "zod";
import { analyzeFiles } from "../corpus";
import { discoverForTarget, discoveryText, discoveryTexts, rejectedKeys } from "../../lib/discovery";
import { applyDecision, reviewFileIn, type ReviewDecision } from "../../lib/discovery/decide";
import { loadReviewFile } from "../../lib/discovery/load";
import { defaultLexiconPath } from "../../lib/io/paths";
import { ValidationError } from "../../lib/lexicon/problems";
import { CategorySchema, slug, type Category } from "../../lib/lexicon/schema";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import { choice } from "../options";
import { reportValidation, type Io } from "../output";

const ValenceSchema = z.coerce.number().int().min(-2).max(2);
const CountSchema = z.coerce.number().int().min(1).max(1000);
/** A whole number option checked with zod (`choice` is for names). */
const whole = (schema: z.ZodType<number, unknown>, label: string) => (value: string): number => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`"${value}" is not a ${label}`);
  return parsed.data;
};
const reviewPath = (options: { review?: string; lexicon?: string }) => options.review ?? reviewFileIn(options.lexicon ?? defaultLexiconPath());

interface RunOptions {
  target?: string;
  lexicon?: string;
  review?: string;
  format: "text" | "json";
  top: number;
  min: number;
}

export function runDiscover(io: Io, paths: readonly string[], options: RunOptions): number {
  const target = options.target;
  if (!target) {
    io.stderr("error: required option '--target <id>' not specified\n");
    return EXIT.usage;
  }
  const engine = engineFor(io, options.lexicon);
  if (!engine) return EXIT.badInput;
  if (!engine.lexicon.lexicon.targets.some((t) => t.id === target)) {
    io.stderr(`adasa: unknown target "${options.target}" (one of: ${engine.lexicon.lexicon.targets.map((t) => t.id).join(", ")})\n`);
    return EXIT.usage;
  }
  let rejected: Set<string>;
  try {
    rejected = rejectedKeys(loadReviewFile(reviewPath(options)), target);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    reportValidation(io, "review file", error);
    return EXIT.badInput;
  }
  const { results, skipped } = analyzeFiles(io, engine, paths);
  const texts = discoveryTexts(results);
  const discovery = discoverForTarget(engine.lexicon.lexicon, texts, { target, top: options.top, minCount: options.min, rejected });
  if (options.format === "json") io.stdout(`${JSON.stringify(discovery, null, 2)}\n`);
  else io.stdout(discoveryText(target, discovery.outlets, new Map(texts.map((t) => [t.id, t.body]))));
  return skipped.length > 0 ? EXIT.badInput : EXIT.ok;
}

/** Applies a decision through lib/discovery (as the web page does); a refused one writes nothing and says so. */
function decide(io: Io, o: { review?: string; lexicon?: string }, decision: ReviewDecision): number {
  const file = reviewPath(o);
  try {
    const done = applyDecision(o.lexicon ?? defaultLexiconPath(), decision, file);
    io.stdout(
      decision.action === "accept"
        ? `accepted «${decision.phrase}» as ${done.entry} (${decision.target}, ${decision.category}, ${decision.valence}) in ${file}: version ${done.before} → ${done.after}\n`
        : `rejected «${decision.phrase}» for ${decision.target} in ${file}: it will not be proposed again\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    reportValidation(io, "review", error);
    io.stderr(`adasa: nothing written to ${file}\n`);
    return EXIT.badInput;
  }
}

interface AcceptOptions {
  target: string;
  category: Category;
  valence: number;
  gloss: string;
  rationale: string;
  id?: string;
  review?: string;
  lexicon?: string;
}

export const runAccept = (io: Io, phrase: string, o: AcceptOptions): number =>
  decide(io, o, { action: "accept", phrase, target: o.target, category: o.category, valence: o.valence, gloss: o.gloss, rationale: o.rationale, id: o.id });

export const runReject = (io: Io, phrase: string, o: { target: string; review?: string; lexicon?: string }): number => decide(io, o, { action: "reject", phrase, target: o.target });

const targetOption = () => new Option("--target <id>", "the lexicon target (haftar, lna, gna…)").makeOptionMandatory().argParser(choice(slug, "target id"));
const reviewOption = () => new Option("--review <file>", "the review file: accepted entries and rejected candidates (default: libya-discovered.yaml in the lexicon folder)");
const lexiconOption = () => new Option("--lexicon <dir>", "the lexicon folder (default: the bundled lexicons/)");

export function discoverCommand(io: Io, setExit: (code: number) => void): Command {
  const discover = new Command("discover")
    .description("mine the phrases each outlet uses around a target's names, ranked by keyness; review them with accept / reject")
    .argument("[paths...]", "article files or folders (default: articles/)", [])
    // not mandatory here: commander would then demand it of `discover accept` too; checked in runDiscover
    .addOption(new Option("--target <id>", "the lexicon target (haftar, lna, gna…); required").argParser(choice(slug, "target id")))
    .addOption(lexiconOption())
    .addOption(reviewOption())
    .addOption(new Option("--format <format>", "text or json").default("text").argParser(choice(z.enum(["text", "json"]), "format")))
    .addOption(new Option("--top <n>", "candidates per outlet").default(15).argParser(whole(CountSchema, "count (1–1000)")))
    .addOption(new Option("--min <n>", "fewest occurrences in an outlet").default(2).argParser(whole(CountSchema, "count (1–1000)")))
    .addHelpText("after", "\nExit codes: 0 done; 1 bad input (a file skipped, the lexicon or review file refused); 2 usage error.")
    .enablePositionalOptions()
    .action((paths: string[], options: RunOptions) => setExit(runDiscover(io, paths, options)));
  discover
    .command("accept")
    .description("add a candidate to the lexicon (the review file) as a new entry, bumping its version")
    .argument("<phrase>", "the phrase as it should match (Arabic)")
    .addOption(targetOption())
    .addOption(new Option("--category <category>", "lexicon category").makeOptionMandatory().argParser(choice(CategorySchema, "category")))
    .addOption(new Option("--valence <n>", "−2..+2 toward the target").makeOptionMandatory().argParser(whole(ValenceSchema, "valence (−2..2)")))
    .requiredOption("--gloss <text>", "what the phrase means, in English")
    .requiredOption("--rationale <text>", "who uses it and what it does to the reader")
    .option("--id <slug>", "entry id (default: TARGET-discovered-N)")
    .addOption(lexiconOption())
    .addOption(reviewOption())
    .action((phrase: string, options: AcceptOptions) => setExit(runAccept(io, phrase, options)));
  discover
    .command("reject")
    .description("never propose this candidate for the target again")
    .argument("<phrase>", "the phrase as listed (Arabic)")
    .addOption(targetOption())
    .addOption(lexiconOption())
    .addOption(reviewOption())
    .action((phrase: string, options: { target: string; review?: string; lexicon?: string }) => setExit(runReject(io, phrase, options)));
  return discover;
}
