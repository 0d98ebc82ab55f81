/**
 * Benchmark of the store: generates a corpus (varied texts from the seed
 * articles' sentences, 40 outlets, ten years of dates) as CSV and JSONL, then
 * times each stage as a real `adasa` command, on embedded PostgreSQL and,
 * with --server, on a PostgreSQL server started for the run:
 *
 *   npm run bench:corpus -- [--count 100000] [--server | --server-only] [--keep] [--dir /tmp/adasa-bench-corpus] [--users 20] [--seconds 10]
 *
 * Stages: import the CSV and analyse it in the same pass (what a user runs),
 * import the unchanged CSV again (recognised whole by one hash of the file),
 * import the JSONL export of the same articles (another file: read row by
 * row, all duplicates),
 * analyze --store --format csv (streamed), timeline. Each prints articles/s,
 * MB/s of the export, the command's CPU time (all threads) and peak RSS. Then,
 * when a build exists (npm run build), the web pages over the store: home, a
 * filter change and the time chart, warm median and p95 under concurrent users.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeCsv, writeJsonl } from "./corpus-gen";
import { startPostgres } from "../tests/store/postgres";
import { timeStorePages } from "./perf-store-web";

const MB = 1024 * 1024;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const ROOT = path.join(__dirname, "..");
const ADASA = path.join(ROOT, "bin", "adasa.js");
const PEAK = path.join(__dirname, "peak-rss.cjs");

function stage(label: string, env: Record<string, string>, args: string[], articles: number, bytes: number): void {
  const started = process.hrtime.bigint();
  // the output goes to a file: analyze --store of 100,000 articles prints more than one string can hold
  const outFile = path.join(os.tmpdir(), `adasa-bench-corpus-${process.pid}.out`);
  const out = fs.openSync(outFile, "w");
  const r = spawnSync(process.execPath, ["-r", PEAK, ADASA, ...args], { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * MB, stdio: ["ignore", out, "pipe"] });
  fs.closeSync(out);
  const stdout = args[0] === "import" ? fs.readFileSync(outFile, "utf8") : "";
  fs.rmSync(outFile, { force: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  // CPU time (all threads) next to wall time: on a shared, loaded machine wall time says little
  const cpu = Number(/cpu-us (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const summary = stdout ? ` ${stdout.trim().slice(0, 90)}` : "";
  console.log(
    `${label.padEnd(34)} ${seconds.toFixed(1).padStart(7)} s ${(articles / seconds).toFixed(0).padStart(7)} articles/s ${(bytes / MB / seconds).toFixed(1).padStart(6)} MB/s  CPU ${cpu.toFixed(1)} s (${(bytes / MB / cpu).toFixed(2)} MB per CPU-second)  peak RSS ${rss.toFixed(0)} MB${summary}`,
  );
}

async function run(name: string, env: Record<string, string>, count: number, csv: string, jsonl: string): Promise<void> {
  const csvBytes = fs.statSync(csv).size;
  const jsonlBytes = fs.statSync(jsonl).size;
  console.log(`\n${name}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  stage("import + analyse CSV (one pass)", env, ["import", csv, "--format", "json"], count, csvBytes);
  stage("re-import the unchanged CSV", env, ["import", csv, "--format", "json"], count, csvBytes);
  stage("re-import the same articles (JSONL)", env, ["import", jsonl, "--format", "json"], count, jsonlBytes);
  stage("analyze --store --format csv", env, ["analyze", "--store", "--format", "csv"], count, csvBytes);
  stage("timeline --target haftar --interval month", env, ["timeline", "--store", "--target", "haftar", "--format", "json"], count, csvBytes);
  if (fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) await timeStorePages(env, Number(arg("users", "20")), Number(arg("seconds", "10")));
  else console.log("web pages: no build (npm run build), not timed");
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
}

async function main(): Promise<void> {
  const count = Number(arg("count", "10000"));
  const dir = arg("dir", path.join(os.tmpdir(), "adasa-bench-corpus"));
  fs.mkdirSync(dir, { recursive: true });
  const csv = path.join(dir, `corpus-${count}.csv`);
  const jsonl = path.join(dir, `corpus-${count}.jsonl`);
  const started = Date.now();
  const csvBytes = fs.existsSync(csv) ? fs.statSync(csv).size : writeCsv(csv, count);
  const jsonlBytes = fs.existsSync(jsonl) ? fs.statSync(jsonl).size : writeJsonl(jsonl, count);
  console.log(`corpus: ${count} articles, CSV ${(csvBytes / MB).toFixed(0)} MB, JSONL ${(jsonlBytes / MB).toFixed(0)} MB (${((Date.now() - started) / 1000).toFixed(1)} s to generate); ${os.availableParallelism()} cores`);

  const data = path.join(dir, `data-${count}`);
  // --server-only: the PostgreSQL server alone (an embedded run of 100,000 articles takes most of an hour here)
  if (!process.argv.includes("--server-only")) await embedded(data, count, csv, jsonl);
  if (process.argv.includes("--server") || process.argv.includes("--server-only")) {
    const server = await startPostgres();
    try {
      await run("PostgreSQL server", { DATABASE_URL: server.url }, count, csv, jsonl);
    } finally {
      server.stop();
    }
  }
}

async function embedded(data: string, count: number, csv: string, jsonl: string): Promise<void> {
  fs.rmSync(data, { recursive: true, force: true });
  await run(`embedded PostgreSQL (ADASA_DATA=${data})`, { ADASA_DATA: data, DATABASE_URL: "" }, count, csv, jsonl);
  // --keep leaves the embedded store for scripts/perf-store-web.ts --data DIR (a 100k import takes long)
  if (process.argv.includes("--keep")) console.log(`embedded store kept in ${data}`);
  else fs.rmSync(data, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
