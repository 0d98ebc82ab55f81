import { Command, Option } from "commander";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import type { Io } from "../output";
import { analyseQueue, withStore, workerName } from "../store";
import { positiveInt } from "../options";

interface WorkerOptions {
  batch: number;
  lease: number;
  threads?: number;
  lexicon?: string;
}

/**
 * One analysis worker: leases batches of queued articles from the store
 * (FOR UPDATE SKIP LOCKED, so several workers on several machines share the
 * queue) until none is left. A worker killed mid-batch loses its lease, and
 * the batch goes to another worker once the lease runs out.
 */
export async function runWorker(io: Io, options: WorkerOptions): Promise<number> {
  const engine = engineFor(io, options.lexicon);
  if (!engine) return EXIT.badInput;
  return withStore(io, "adasa worker", async (store) => {
    const version = await store.lexiconVersion(engine);
    const analysed = await analyseQueue(io, store, engine, version, { batch: options.batch, leaseSeconds: options.lease, threads: options.threads });
    const left = await store.pendingJobs(version);
    io.stderr(`adasa worker ${workerName()}: analysed ${analysed} article(s) with lexicon ${engine.lexicon.lexicon.id} ${engine.lexicon.lexicon.version}; ${left} left to others\n`);
    return EXIT.ok;
  });
}

export function workerCommand(io: Io, setExit: (code: Promise<number>) => void): Command {
  return new Command("worker")
    .description("analyse queued articles of the store in batches, alongside other workers (DATABASE_URL), until none is left")
    .addOption(new Option("--batch <n>", "articles per batch (one transaction each)").default(100).argParser(positiveInt("articles")))
    .addOption(new Option("--lease <seconds>", "a batch not saved by then is given to another worker").default(300).argParser(positiveInt("seconds")))
    .addOption(new Option("--threads <n>", "analysis threads (default: one per core)").argParser(positiveInt("threads")))
    .option("--lexicon <path>", "lexicon file, or folder of lexicon files (default: the bundled lexicons/)")
    .addHelpText("after", "\nExample: DATABASE_URL=postgres://adasa@db/adasa adasa worker --batch 200")
    .action((options: WorkerOptions) => setExit(runWorker(io, options)));
}
