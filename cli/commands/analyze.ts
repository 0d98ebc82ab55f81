import { Command, Option } from "commander";
import { createEngine, type Engine } from "../../lib/analysis/engine";
import type { ScoreOptions } from "../../lib/analysis/tally";
import type { Encoding } from "../../lib/io/decode";
import type { FileProblem } from "../../lib/io/files";
import type { Lexicon } from "../../lib/lexicon/schema";
import { analysisWriter, type AnalysisWriter } from "../../lib/report/analysis-stream";
import { analyseFileBatch, type FileBatchOptions } from "../../lib/work/file-batch";
import { OutletSums } from "../../lib/work/outlet-sums";
import { cores, fileAnalysisPool, type FileAnalysisPool } from "../analysis-pool";
import { analyzeInBatches, type BatchPlan } from "../corpus";
import { EXIT } from "../exit";
import { lexiconFor } from "../lexicon-option";
import { choice, EncodingSchema, FormatSchema, positiveInt, VoiceFilterSchema } from "../options";
import { bufferedStdout, type Io } from "../output";

interface AnalyzeOptions {
  lexicon?: string;
  format: "table" | "json" | "csv";
  outlet?: string;
  encoding?: Encoding;
  voice: ScoreOptions["voice"];
  store?: boolean;
  resolved: boolean;
  threads?: number;
}

/** Below this many files a folder is analysed in this thread: starting a worker thread (which compiles the lexicon and warms up) costs seconds of CPU. */
const PARALLEL_FROM_FILES = 1000;
/** Files per batch: big enough that messaging costs little, small enough that a batch's output (JSON is 4–6 times the text) stays a few MB. */
const BATCH_FILES = 32;
/** Batches each worker thread holds: one running, the next already there when it ends, so it never waits for the main thread to hand it one. */
const BATCHES_PER_WORKER = 2;
/**
 * Batches the main thread may analyse ahead of a worker's batch that is not
 * back. A worker's second batch is two batch-times away when handed over;
 * allowed only two, the main thread sat idle (a fifth of its profile)
 * waiting for it. Eight keep it busy through a worker's slow spell (a JSON batch is
 * about 1 MB of output, so memory stays bounded).
 */
const BATCHES_AHEAD_HERE = 8;
/** Bytes gathered before one write to stdout (writing 600 MB to a pipe: 0.68–0.71 s of CPU in blocks of 64 KB, 0.54–0.55 s in blocks of 1 MB; README, round 6). */
const STDOUT_BLOCK_BYTES = 1 << 20;

/**
 * Where the batches run. With n threads, n - 1 worker threads are kept
 * supplied and the main thread analyses a batch itself whenever the next
 * one to write is not back (analyzeInBatches): one engine and one heap fewer
 * than n workers beside an idle main thread, and the main thread's own
 * writing is light. One thread, or a few files: all here. The workers are
 * started as soon as their number is known (at once for --threads, else
 * when the listing reaches PARALLEL_FROM_FILES files, not once a long walk
 * has ended), and before this thread compiles its own engine (`compiled`),
 * so that they load their code and compile theirs meanwhile, on the other cores.
 */
function batchPlan(lexicon: Lexicon, compiled: () => Engine, threads: number | undefined, options: FileBatchOptions): BatchPlan {
  let pool: FileAnalysisPool | undefined;
  let workers = 0;
  const start = (n: number) => {
    if (n > 1 && !pool) {
      workers = n - 1;
      pool = fileAnalysisPool(lexicon, workers, BATCHES_PER_WORKER);
    }
  };
  if (threads !== undefined) start(threads);
  return {
    listing:
      threads === undefined
        ? (count) => {
            if (count === PARALLEL_FROM_FILES) start(cores());
          }
        : undefined,
    runner: () => {
      const engine = compiled();
      const here = (batch: readonly string[]) => analyseFileBatch(engine, batch, options);
      if (!pool) return { here, size: BATCH_FILES, awayInFlight: 0, inFlight: 1, close: async () => undefined };
      const away = pool;
      return {
        here,
        away: (batch) => away.run({ files: batch, options }),
        size: BATCH_FILES,
        awayInFlight: workers * BATCHES_PER_WORKER,
        // the workers' batches, and this thread's analysed while an earlier one was not back
        inFlight: workers * BATCHES_PER_WORKER + BATCHES_AHEAD_HERE,
        close: () => away.close(),
      };
    },
  };
}

export async function runAnalyze(io: Io, paths: readonly string[], options: AnalyzeOptions): Promise<number> {
  const lexicon = lexiconFor(io, options.lexicon);
  if (!lexicon) return EXIT.badInput;
  // compiled once the files are listed and any worker threads started (batchPlan)
  let engine: Engine | undefined;
  const compiled = () => (engine ??= createEngine(lexicon));
  const scoreOptions: ScoreOptions = { voice: options.voice, resolved: options.resolved };
  const outlets = new OutletSums();
  const out = bufferedStdout(io, STDOUT_BLOCK_BYTES, { offThread: true });
  // each article is written as soon as it is analysed and then dropped: only the outlet tallies grow
  let writer: AnalysisWriter<Uint8Array> | undefined;
  const writing = () => (writer ??= analysisWriter<Uint8Array>(options.format, out.write, { lexicon: compiled().lexicon, options: scoreOptions }));
  const batchOptions: FileBatchOptions = { outlet: options.outlet, encoding: options.encoding, format: options.format, score: scoreOptions };
  let result: { analyzed: number; skipped: FileProblem[] };
  try {
    result = await analyzeInBatches(
      io,
      paths,
      batchPlan(lexicon, compiled, options.threads, batchOptions),
      (a) => {
        outlets.add(a);
        writing().articleReady(a.bytes);
      },
      out.drained,
    );
    // the document is closed even when nothing could be analysed: a script reading the JSON gets the problems, not a parse error
    writing().end(outlets.scores(compiled(), scoreOptions), result.skipped);
  } finally {
    // also when a batch failed: what was analysed is written, and the writer thread (if any) stopped
    await out.finished();
  }
  const { analyzed, skipped } = result;
  if (analyzed === 0) {
    io.stderr("adasa: no article could be analyzed\n");
    return EXIT.badInput;
  }
  if (skipped.length > 0) io.stderr(`adasa: ${skipped.length} file(s) skipped, ${analyzed} analyzed\n`);
  return skipped.length > 0 ? EXIT.badInput : EXIT.ok;
}

export function analyzeCommand(io: Io, setExit: (code: number | Promise<number>) => void): Command {
  return new Command("analyze")
    .description("find loaded terms in articles and score each outlet per target")
    .argument("[paths...]", "article files or folders (.md with front matter, or .txt)", [])
    .option("--store", "analyse the stored corpus (DATABASE_URL, else ADASA_DATA, default ./data) instead of files")
    .option("--lexicon <path>", "lexicon file, or folder of lexicon files (default: the bundled lexicons/)")
    .addOption(new Option("--format <format>", "output: table, json or csv (one row per match)").default("table").argParser(choice(FormatSchema, "format")))
    .option("--outlet <name>", 'outlet for plain .txt files without front matter (default: "unknown")')
    .addOption(new Option("--encoding <encoding>", "force the encoding of every file (default: detect)").argParser(choice(EncodingSchema, "supported encoding")))
    .addOption(
      new Option("--voice <voice>", "which mentions count in mentions, density and naming: all, or own (the outlet's own words)")
        .default("all")
        .argParser(choice(VoiceFilterSchema, "voice filter")),
    )
    .addOption(new Option("--threads <n>", `analysis threads, the main one included (default: one per core from ${PARALLEL_FROM_FILES} files on, else 1)`).argParser(positiveInt("threads")))
    .option("--no-resolved", "count side-switching labels (الجيش الليبي، الميليشيات…) under their generic targets, not the camp they were resolved to")
    .addHelpText(
      "after",
      "\nExit codes: 0 all files analyzed; 1 some file or the lexicon was bad (reported on stderr, the rest analyzed); 2 usage error.\n" +
        "Example: adasa analyze articles --format json > analysis.json",
    )
    .action((paths: string[], options: AnalyzeOptions) => {
      if (options.store && paths.length > 0) {
        io.stderr("adasa: analyze: give either paths or --store, not both\n");
        return setExit(EXIT.usage);
      }
      // the store's module (and its PostgreSQL clients) is loaded only when the store is read
      setExit(options.store ? import("./analyze-store").then(({ runAnalyzeStore }) => runAnalyzeStore(io, options)) : runAnalyze(io, paths, options));
    });
}
