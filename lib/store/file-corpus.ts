import path from "node:path";
import { readSources, type ImportEvent } from "../import";
import { hideRoots } from "../io/paths";
import { problemKey } from "./corpus";
import type { Store } from "./index";
import { importEvents, type ImportSummary } from "./import-run";

/** Articles per transaction when a corpus folder is brought into the store. */
const BATCH = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

/** Problems already recorded are not recorded again: the same folder is imported at every start. */
async function* withoutKnownProblems(events: AsyncIterable<ImportEvent>, known: ReadonlySet<string>, shown: (source: string) => string): AsyncGenerator<ImportEvent> {
  for await (const event of events) {
    if (event.kind === "skipped" && known.has(problemKey({ source: shown(event.source), line: event.line, reason: event.reason }))) continue;
    yield event;
  }
}

/**
 * Brings the file corpus a server is configured with (ADASA_ARTICLES, default
 * ./articles) into the store: the import of `adasa import`, so files already
 * stored (the same content hash) add nothing and only new or changed texts
 * are queued for analysis. Sources are stored relative to their corpus root
 * (`articles/004-aljazeera.md`): pages never show where the server keeps its files.
 */
export async function importFileCorpus(store: Store, version: number, dirs: readonly string[]): Promise<ImportSummary> {
  const shown = (source: string) => hideRoots(source, dirs);
  const known = await store.knownProblems(dirs.map((d) => path.basename(path.resolve(d))));
  return importEvents(store, version, dirs, withoutKnownProblems(readSources(dirs), known, shown), { batchSize: BATCH, batchBytes: BATCH_BYTES, sourceName: shown });
}
