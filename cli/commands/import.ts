import fs from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import { SingleBar } from "cli-progress";
import { z } from "zod";
import { expandPaths } from "../../lib/io/files";
import { FieldMapError, IMPORT_EXTENSIONS, parseFieldMap, readSources, type FieldMap, type ImportOptions } from "../../lib/import";
import type { ImportProblem, Store } from "../../lib/store";
import { importEvents, knownToStore, type ImportRunOptions, type ImportSummary } from "../../lib/store/import-run";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import { atMost, choice, positiveInt } from "../options";
import type { Io } from "../output";
import { analysisPool, type AnalysisPool } from "../analysis-pool";
import { analyseQueue, withStore } from "../store";
import { SERVER_POOL_SIZE } from "../../lib/store/server";

interface ImportCliOptions {
  format: "text" | "json";
  map?: FieldMap;
  outlet?: string;
  outletFromFolder?: boolean;
  lexicon?: string;
  batch: number;
  analyse: boolean;
  connections?: number;
}

/**
 * Articles go to the store in batches, each in one transaction: a killed import leaves whole batches.
 * Two batches are in flight (one analysed while one is written), so their size bounds the main
 * thread's heap: 250 articles kept the one-pass import at 0.7–0.8 GB where 500 reached 0.95–1.04 GB,
 * for 10–30% more CPU (README, "Round 4").
 */
const BATCH_ARTICLES = 250;
const BATCH_BYTES = 4 * 1024 * 1024;
/**
 * Batches written at once on a PostgreSQL server, each on its own connection: the server's
 * backends then run in parallel with each other and with this process's parsing and analysis
 * (README, "Round 8"). An embedded store is one connection.
 */
const SERVER_CONNECTIONS = 3;
export const IMPORT_CONNECTIONS_MAX = SERVER_POOL_SIZE - 2;

function bytesOf(paths: readonly string[]): number {
  return expandPaths(paths, IMPORT_EXTENSIONS).files.reduce((sum, f) => sum + (fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0);
}

function importBar(io: Io, totalBytes: number) {
  if (!io.stderrIsTTY) return undefined;
  const bar = new SingleBar({
    format: "importing [{bar}] {percentage}% | {articles} articles | {rate} articles/s | ETA {eta_formatted}",
    stream: process.stderr,
    clearOnComplete: true,
    etaBuffer: 100,
  });
  bar.start(Math.max(1, totalBytes), 0, { articles: 0, rate: "0" });
  return bar;
}

/** Reads every source and adds its articles to the store batch by batch, with a progress bar on a terminal. */
async function importSources(io: Io, store: Store, version: number, paths: readonly string[], options: ImportOptions, write: Pick<ImportRunOptions, "analyze" | "hash" | "connections" | "batchSize">): Promise<ImportSummary> {
  const bar = importBar(io, bytesOf(paths));
  const started = Date.now();
  let doneBytes = 0;
  try {
    return await importEvents(store, version, paths, readSources(paths, { ...options, ...knownToStore(store) }), {
      batchBytes: BATCH_BYTES,
      ...write,
      onProgress: (event, articles) => {
        if (event.bytesRead >= event.bytesTotal) doneBytes += event.bytesTotal;
        const rate = (articles / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0);
        bar?.update(doneBytes + (event.bytesRead < event.bytesTotal ? event.bytesRead : 0), { articles, rate });
      },
    });
  } finally {
    bar?.stop();
  }
}

function summaryText(s: ImportSummary, analysed: number): string {
  const lines = [`imported ${s.imported} article(s); ${s.duplicates} exact duplicate(s) skipped; ${s.near_duplicates} near-duplicate(s) kept and linked; ${analysed} analysed`];
  const byReason = new Map<string, ImportProblem[]>();
  for (const p of s.skipped) byReason.set(p.reason, [...(byReason.get(p.reason) ?? []), p]);
  for (const [reason, list] of byReason) {
    lines.push(`skipped ${list.length}: ${reason}`);
    for (const p of list.slice(0, 20)) lines.push(`  ${p.source}${p.line !== null ? `:${p.line}` : ""}`);
    if (list.length > 20) lines.push(`  … and ${list.length - 20} more`);
  }
  return `${lines.join("\n")}\n`;
}

export async function runImport(io: Io, paths: readonly string[], options: ImportCliOptions): Promise<number> {
  const engine = engineFor(io, options.lexicon);
  if (!engine) return EXIT.badInput;
  return withStore(io, "adasa import", async (store) => {
    const version = await store.lexiconVersion(engine);
    const readOptions = { map: options.map, outlet: options.outlet, outletFromFolder: options.outletFromFolder };
    // the new articles are analysed (and fingerprinted: the main thread only parses and writes) as
    // they are read, on every core, and saved with their batch; the threads start with the first
    // new article (an unchanged export, or all duplicates, needs none)
    let pool: AnalysisPool | undefined;
    const started = () => (pool ??= analysisPool(engine));
    const threads: Pick<ImportRunOptions, "analyze" | "hash"> | undefined = options.analyse
      ? { analyze: (texts) => started().analyzeImported(texts), hash: (bodies) => started().hashBodies(bodies) }
      : undefined;
    let summary: ImportSummary;
    try {
      const connections = store.kind === "server" ? (options.connections ?? SERVER_CONNECTIONS) : 1;
      summary = await importSources(io, store, version, paths, readOptions, { ...threads, batchSize: options.batch, connections });
    } finally {
      await pool?.close();
    }
    if (summary.imported > 0) await store.tidy();
    // what an earlier import left queued (--no-analyse, a new lexicon) is analysed too
    const analysed = options.analyse ? summary.imported + (await analyseQueue(io, store, engine, version, { batch: 200, leaseSeconds: 600 })) : 0;
    if (options.format === "json") io.stdout(`${JSON.stringify(summary)}\n`);
    else io.stdout(summaryText(summary, analysed));
    return summary.skipped.length > 0 ? EXIT.badInput : EXIT.ok;
  });
}


function fieldMap(value: string): FieldMap {
  try {
    return parseFieldMap(value);
  } catch (error) {
    if (error instanceof FieldMapError) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

export function importCommand(io: Io, setExit: (code: Promise<number>) => void): Command {
  return new Command("import")
    .description("add articles to the store (DATABASE_URL, else ADASA_DATA, default ./data) and analyse the new ones")
    .argument("<sources...>", "folders of .md/.txt/.html files, .csv, .jsonl/.ndjson or .json files")
    .addOption(new Option("--format <format>", "summary as text or json").default("text").argParser(choice(z.enum(["text", "json"]), "format")))
    .addOption(new Option("--map <fields>", "which column holds each field, e.g. text=story_text,outlet=site").argParser(fieldMap))
    .option("--outlet <name>", "the outlet of every article read")
    .option("--outlet-from-folder", "in a folder, each sub-folder is one outlet")
    .option("--lexicon <path>", "lexicon file, or folder of lexicon files (default: the bundled lexicons/)")
    .addOption(new Option("--batch <n>", "articles per transaction").default(BATCH_ARTICLES).argParser(positiveInt("articles")))
    .addOption(new Option("--connections <n>", `batches written at once on a PostgreSQL server (default ${SERVER_CONNECTIONS}, at most ${IMPORT_CONNECTIONS_MAX}; an embedded store writes one at a time)`).argParser(atMost(positiveInt("connections"), IMPORT_CONNECTIONS_MAX)))
    .option("--no-analyse", "store only; analyse later (adasa worker, or the next import)")
    .addHelpText(
      "after",
      "\nExact duplicates (same normalized text) are skipped and counted; near-duplicates are kept and linked.\n" +
        "Exit codes: 0 everything imported; 1 some row or file skipped (listed), or the store cannot be opened; 2 usage error.\n" +
        "Example: adasa import export.csv --map text=story_text,outlet=site --format json",
    )
    .action((paths: string[], options: ImportCliOptions) => setExit(runImport(io, paths, options)));
}
