/**
 * Before/after of what `adasa analyze DIR` does per file, in one process: each checkout's analyseFileBatch (read,
 * front matter, engine, per-target counts, the article serialised in its format and encoded to UTF-8) over the same
 * files, alternating batch by batch, every format. Prints the least CPU time of each side per 1,000 files and their
 * ratio; on a shared machine only this in-process comparison can show a change of a few percent.
 *
 *   node bin/run-ts.js scripts/bench-file-batch.ts BEFORE_DIR AFTER_DIR [--dir FOLDER] [--files 1000] [--rounds 12]
 *
 * FOLDER holds article files (default: the first thousand of `npm run bench:files`' folder); BEFORE_DIR and AFTER_DIR
 * are checkouts, as for scripts/bench-ab.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { arg, loadExports, type EngineExports } from "./bench-data";

/** The engine's loaders as the other A/B benchmarks take them, and the batch of a file-analysis thread. */
type BatchExports = Pick<EngineExports, "createEngine" | "loadLexicon"> & { analyseFileBatch: typeof import("../lib/work/file-batch").analyseFileBatch };

const EXPORTS: Record<string, readonly (keyof BatchExports)[]> = { "lib/work/file-batch": ["analyseFileBatch"], "lib/analysis/engine": ["createEngine"], "lib/lexicon/load": ["loadLexicon"] };
const BATCH_FILES = 32;
const FORMATS = ["json", "csv", "table"] as const;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function main(): void {
  const [before, after] = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
  if (!before || !after) throw new Error("usage: bench-file-batch.ts BEFORE_DIR AFTER_DIR [--dir FOLDER] [--files N] [--rounds N]");
  const folder = arg("dir", path.join(os.tmpdir(), "adasa-bench-files", "000"));
  const files = fs.readdirSync(folder).sort().slice(0, Number(arg("files", "1000"))).map((f) => path.join(folder, f));
  const rounds = Number(arg("rounds", "12"));
  const dir = path.join(__dirname, "..", "node_modules", ".cache", "adasa-ab", String(process.pid));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const sides = [before, after].map((root, k) => {
      const m = loadExports<BatchExports>(path.resolve(root), EXPORTS, path.join(dir, `batch-${k}.js`));
      return { root, m, engine: m.createEngine(m.loadLexicon(path.join(path.resolve(root), "lexicons")).lexicon) };
    });
    console.log(`${files.length} files of ${folder}, least of ${rounds} rounds (the first quarter warms up), load average ${os.loadavg()[0]!.toFixed(1)}`);
    for (const format of FORMATS) {
      const options = { format, score: { voice: "all" as const, resolved: true } };
      const best = [Infinity, Infinity];
      for (let r = 0; r < rounds; r++) {
        const spent = [0, 0];
        // the sides take turns every batch (starting side swapped each round), so both meet the same load
        for (let at = 0; at < files.length; at += BATCH_FILES) {
          const batch = files.slice(at, at + BATCH_FILES);
          for (const k of (at / BATCH_FILES + r) % 2 === 0 ? [0, 1] : [1, 0]) {
            const t = cpuMs();
            sides[k]!.m.analyseFileBatch(sides[k]!.engine, batch, options);
            spent[k]! += cpuMs() - t;
          }
        }
        if (r >= Math.floor(rounds / 4)) spent.forEach((ms, k) => (best[k] = Math.min(best[k]!, ms)));
      }
      const per1000 = best.map((ms) => (ms * 1000) / files.length);
      console.log(`  --format ${format.padEnd(5)}  before ${per1000[0]!.toFixed(1)} ms  after ${per1000[1]!.toFixed(1)} ms per 1,000 files  after/before ${(per1000[1]! / per1000[0]!).toFixed(3)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
