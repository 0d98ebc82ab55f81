/**
 * What saving a batch's analyses costs the importing thread before PostgreSQL sees it (issue 7): the analyses',
 * matches' and tallies' parameters of `saveAnalyses` (lib/store/analyses.ts), for one checkout or two compared in
 * one process, passes alternating. The statements go to a recorder that answers as the store would (the strings'
 * ids, the analyses' ids) and keeps the parameters' bytes, so only the JavaScript that builds them is timed.
 * Each checkout's records are made by its own engine, as its threads make them, and also timed: their trip from
 * the analysis thread (v8.serialize there, v8.deserialize on the importing thread: what a message costs each side).
 *
 *   node bin/run-ts.js scripts/bench-batch-params.ts [BEFORE_DIR] AFTER_DIR [--articles 4000] [--batch 250] [--rounds 8]
 *
 * Prints the least CPU of a pass over every batch of each checkout, and whether both sent the same parameters.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { Sql } from "../lib/store/db";
import type { AnalysisRecord } from "../lib/store/types";
import { arg, loadEngineOf, positionalArgs, loadExports } from "./bench-data";
import { generateArticles } from "./corpus-gen";

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface StoreExports {
  saveAnalyses: typeof import("../lib/store/analyses").saveAnalyses;
}

/** A connection that answers the statements saveAnalyses sends as a store would, and hashes every parameter it is given. */
class Recorder implements Sql {
  private readonly strings = new Map<string, number>();
  private nextAnalysis = 1;
  readonly digest = createHash("sha256");

  async query<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    for (const p of params) this.digest.update(Buffer.isBuffer(p) ? p : JSON.stringify(p));
    if (text.includes("INSERT INTO match_strings")) {
      const wanted = params[0] as string[];
      return [...new Set(wanted)].map((s) => {
        if (!this.strings.has(s)) this.strings.set(s, this.strings.size + 1);
        return { id: this.strings.get(s)!, s } as T;
      });
    }
    if (text.includes("INSERT INTO analyses")) return this.analysisIds(params[1] as Buffer) as T[];
    return [];
  }
  async exec(): Promise<void> {}

  /** An id for each content hash of the binary text array (binary-array.ts's format). */
  private analysisIds(array: Buffer): { content_hash: string; id: number }[] {
    const n = array.readInt32BE(0) === 0 ? 0 : array.readInt32BE(12);
    const rows: { content_hash: string; id: number }[] = [];
    for (let k = 0, at = 20; k < n; k++) {
      const length = array.readInt32BE(at);
      rows.push({ content_hash: array.toString("utf8", at + 4, at + 4 + length), id: this.nextAnalysis++ });
      at += 4 + length;
    }
    return rows;
  }
}

async function main(): Promise<void> {
  const roots = positionalArgs();
  if (roots.length < 1 || roots.length > 2) throw new Error("usage: bench-batch-params.ts [BEFORE_DIR] AFTER_DIR [--articles N] [--batch N] [--rounds N]");
  const dir = path.join(__dirname, "..", "node_modules", ".cache", "adasa-batch-params", String(process.pid));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const size = Number(arg("batch", "250"));
    const articles = [...generateArticles(Number(arg("articles", "4000")))];
    const sides = roots.map((root, k) => {
      const m = loadEngineOf(path.resolve(root), path.join(dir, `engine-${k}.js`));
      const engine = m.createEngine(m.loadLexicon(path.join(path.resolve(root), "lexicons")).lexicon);
      const records: AnalysisRecord[] = articles.map((a, i) => m.analyzeRecord(engine, { contentHash: createHash("sha256").update(String(i)).digest("hex"), body: a.text, date: a.date }));
      const batches = Array.from({ length: Math.ceil(records.length / size) }, (_, b) => records.slice(b * size, (b + 1) * size));
      return {
        root,
        batches,
        m: loadExports<StoreExports>(path.resolve(root), { "lib/store/analyses": ["saveAnalyses"] }, path.join(dir, `store-${k}.js`)),
        best: Infinity,
        bestOut: Infinity,
        bestIn: Infinity,
        bytes: 0,
        digest: "",
      };
    });
    const rounds = Number(arg("rounds", "8"));
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        let started = cpuSeconds();
        const messages = side.batches.map((batch) => v8.serialize(batch));
        side.bestOut = Math.min(side.bestOut, cpuSeconds() - started);
        side.bytes = messages.reduce((n, b) => n + b.length, 0);
        started = cpuSeconds();
        const received = messages.map((b) => v8.deserialize(b) as AnalysisRecord[]);
        side.bestIn = Math.min(side.bestIn, cpuSeconds() - started);
        const tx = new Recorder();
        started = cpuSeconds();
        for (const batch of received) await side.m.saveAnalyses(tx, 1, batch);
        side.best = Math.min(side.best, cpuSeconds() - started);
        side.digest = tx.digest.digest("hex");
      }
    }
    const records = articles.length;
    for (const side of sides) {
      console.log(
        `${side.root}: parameters ${(side.best * 1000).toFixed(0)} ms for ${records} analyses in batches of ${size} (${((side.best * 1e6) / records).toFixed(1)} µs each), parameters ${side.digest.slice(0, 16)}; ` +
          `messages ${(side.bytes / 1e6).toFixed(1)} MB, serialized in ${(side.bestOut * 1000).toFixed(0)} ms, deserialized in ${(side.bestIn * 1000).toFixed(0)} ms`,
      );
    }
    if (sides.length === 2) console.log(`after / before: ${(sides[1]!.best / sides[0]!.best).toFixed(3)}; same parameters: ${sides[0]!.digest === sides[1]!.digest}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
