/**
 * Benchmark: full analysis (tokenize, normalize, match, voice, per-outlet
 * scores) over a large corpus built from the bundled articles, against GNU
 * grep -o -F -f with the lexicon's forms on the same text, in the same run.
 *
 *   npm run bench -- [--sizes 100,400] [--dir /tmp/adasa-bench] [--lexicon FILE|DIR]
 *                    [--workers N] [--heap MB]
 *
 * Wall time is reported with CPU time (user + system), which a machine shared
 * with other jobs changes less, and the ratio of CPU throughputs.
 *
 * Each size is analysed in a fresh child process that reports its own peak
 * memory (maxRSS), with V8's heap capped at --heap MB (default 128): a run
 * that completes under the same cap at 100 and 400 MB keeps a bounded working
 * set, whatever V8 would lazily take without the cap. Then the corpus is cut
 * at article boundaries into --workers parts (default: one per core) analysed
 * by as many processes at once, since articles are independent.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeText } from "../lib/analysis/analyze-text";
import { OutletTallies } from "../lib/analysis/corpus";
import { createEngine } from "../lib/analysis/engine";
import { utf8Text } from "../lib/io/decode";
import { defaultLexiconPath } from "../lib/io/paths";
import { loadLexiconCached } from "../lib/lexicon/cached";
import { loadLexicon } from "../lib/lexicon/load";
import { arg, bundledArticles, bundleScript, writeGrepPatterns } from "./bench-data";

const MB = 1024 * 1024;
/** Articles in the bench corpus are separated by a form feed line, with the outlet on the line after it. */
const SEPARATOR = "\f";
const NEWLINE_BYTE = 0x0a;

/** Writes a corpus of at least `megabytes` MB by repeating the bundled articles. */
function buildCorpus(file: string, megabytes: number): number {
  if (fs.existsSync(file) && fs.statSync(file).size >= megabytes * MB) return fs.statSync(file).size;
  const records = bundledArticles().map((a) => `${SEPARATOR}${a.outlet}\n${a.body}\n`);
  const block = records.join("");
  const fd = fs.openSync(file, "w");
  let written = 0;
  while (written < megabytes * MB) written += fs.writeSync(fd, block);
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

/** Child mode: read one corpus file article by article through the analysis and print figures as JSON. */
async function analyzeFile(file: string, lexiconPath: string, from: number, to: number): Promise<void> {
  // the lexicon as `adasa` loads it: checked once, then read from its cache (no YAML parsed nor checked at every start)
  const engine = createEngine(loadLexiconCached(lexiconPath));
  const outlets = new OutletTallies(engine);
  let matches = 0;
  let articles = 0;
  /** The record in buffer[from, to): its outlet line, then its body, each decoded on its own. */
  const flush = (buffer: Buffer, from: number, to: number) => {
    if (to <= from) return;
    const newline = buffer.indexOf(NEWLINE_BYTE, from);
    const lineEnd = newline >= 0 && newline < to ? newline : to;
    const analysis = analyzeText(engine, utf8Text(buffer.subarray(Math.min(lineEnd + 1, to), to)));
    outlets.add(utf8Text(buffer.subarray(from, lineEnd)), null, analysis);
    matches += analysis.matches.length;
    articles++;
  };
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  // the separator byte never occurs inside a UTF-8 sequence: each read is cut after its last separator and each
  // article before it decoded on its own (a one-shot decode is about a third faster than a streaming one, and an
  // article decoded on its own is a flat string, as a file's text is, where a slice of one big string is a view
  // into it that every character read must go through);
  // one buffer serves every read, the bytes after the cut moved to its front (a new buffer per read cost a tenth of the run)
  const separatorByte = SEPARATOR.charCodeAt(0);
  const fd = fs.openSync(file, "r");
  let buffer = Buffer.allocUnsafe(4 * MB);
  let filled = 0; // bytes held: the start of an article not yet cut off, then the last read
  for (let at = from; at < to; ) {
    if (filled === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]); // an article longer than the buffer
    const read = fs.readSync(fd, buffer, filled, Math.min(buffer.length - filled, to - at), at);
    if (read === 0) break;
    at += read;
    filled += read;
    const cut = buffer.lastIndexOf(separatorByte, filled - 1);
    if (cut < 0) continue;
    for (let record = 0; record < cut; ) {
      const next = buffer.indexOf(separatorByte, record);
      const end = next < 0 || next > cut ? cut : next;
      flush(buffer, record, end);
      record = end + 1;
    }
    buffer.copy(buffer, 0, cut + 1, filled);
    filled -= cut + 1;
  }
  fs.closeSync(fd);
  flush(buffer, 0, filled);
  const used = process.cpuUsage(cpuStarted);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const words = outlets.scores().reduce((n, o) => n + o.words, 0);
  console.log(JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, matches, articles, words, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

/** `times` output of sh: the shell's own user and system time, then its children's. */
const childCpuSeconds = (times: string): number => {
  const children = times.trim().split("\n").pop()!;
  return [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((s, m) => s + Number(m[1]) * 60 + Number(m[2]), 0);
};

/** grep's wall time, and its CPU time (user + system, with the `wc` that counts its output). */
function timeGrep(file: string, patterns: string, locale: string): { seconds: number; cpuSeconds: number; matches: number } {
  const started = process.hrtime.bigint();
  const r = spawnSync("sh", ["-c", `grep -o -F -f "${patterns}" "${file}" | wc -l; times`], { env: { ...process.env, LC_ALL: locale }, encoding: "utf8", maxBuffer: 16 * MB });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`grep failed: ${r.stderr}`);
  const [count, ...times] = r.stdout.trim().split("\n");
  return { seconds, cpuSeconds: childCpuSeconds(times.join("\n")), matches: Number(count) };
}

interface ChildFigures {
  seconds: number;
  cpuSeconds: number;
  matches: number;
  articles: number;
  words: number;
  maxRssMB: number;
}

/** This script bundled (bundleScript), which the children run: the code as `adasa` runs it. */
const CHILD = path.join(__dirname, "..", "node_modules", ".cache", "adasa-bench", `bench-${process.pid}.js`);

const childArgs = (file: string, lexiconPath: string, heapMB: number, from: number, to: number) => [
  `--max-old-space-size=${heapMB}`,
  CHILD,
  "--analyze",
  file,
  "--lexicon",
  lexiconPath,
  "--from",
  String(from),
  "--to",
  String(to),
];

const lastJson = (out: string): ChildFigures => JSON.parse(out.trim().split("\n").pop()!);

function runChild(file: string, lexiconPath: string, heapMB: number): ChildFigures {
  return lastJson(execFileSync(process.execPath, childArgs(file, lexiconPath, heapMB, 0, fs.statSync(file).size), { encoding: "utf8", maxBuffer: 16 * MB }));
}

/** Byte offsets that cut the corpus into `parts` pieces at article separators. */
function cutPoints(file: string, parts: number): number[] {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, "r");
  const window = Buffer.alloc(1 << 20);
  const points = [0];
  for (let k = 1; k < parts; k++) {
    const guess = Math.floor((size * k) / parts);
    const read = fs.readSync(fd, window, 0, window.length, guess);
    const at = window.subarray(0, read).indexOf(SEPARATOR.charCodeAt(0));
    points.push(at < 0 ? size : guess + at);
  }
  fs.closeSync(fd);
  points.push(size);
  return points;
}

/**
 * The corpus analysed by `workers` processes at once. Time: the slowest
 * process's analysis, start-up (compiling the lexicon) excluded as for the
 * single process.
 */
async function runParallel(file: string, lexiconPath: string, heapMB: number, workers: number): Promise<ChildFigures> {
  const points = cutPoints(file, workers);
  const runs = points.slice(0, -1).map(
    (from, k) =>
      new Promise<ChildFigures>((resolve, reject) => {
        execFile(process.execPath, childArgs(file, lexiconPath, heapMB, from, points[k + 1]!), { encoding: "utf8", maxBuffer: 16 * MB }, (error, stdout) =>
          error ? reject(error) : resolve(lastJson(stdout)),
        );
      }),
  );
  const figures = await Promise.all(runs);
  return {
    seconds: Math.max(...figures.map((f) => f.seconds)),
    cpuSeconds: figures.reduce((n, f) => n + f.cpuSeconds, 0),
    matches: figures.reduce((n, f) => n + f.matches, 0),
    articles: figures.reduce((n, f) => n + f.articles, 0),
    words: figures.reduce((n, f) => n + f.words, 0),
    maxRssMB: Math.max(...figures.map((f) => f.maxRssMB)),
  };
}

async function main(): Promise<void> {
  const lexiconPath = arg("lexicon", defaultLexiconPath());
  if (process.argv.includes("--analyze")) return analyzeFile(arg("analyze", ""), lexiconPath, Number(arg("from", "0")), Number(arg("to", "0")));
  const heapMB = Number(arg("heap", "128"));
  const workers = Number(arg("workers", String(os.cpus().length)));
  const sizes = arg("sizes", "100,400").split(",").map(Number);
  const dir = arg("dir", path.join(os.tmpdir(), "adasa-bench"));
  fs.mkdirSync(dir, { recursive: true });
  const lexicon = loadLexicon(lexiconPath).lexicon;
  const patterns = path.join(dir, "forms.txt");
  writeGrepPatterns(patterns, lexicon);
  console.log(`Adasa benchmark — lexicon ${lexicon.id} ${lexicon.version} (${lexicon.entries.length} entries), node ${process.version}, ${os.cpus().length} cores`);
  bundleScript({ file: __filename }, CHILD);
  try {
    const rows: string[] = [];
    for (const size of sizes) {
      const file = path.join(dir, `corpus-${size}.txt`);
      process.stderr.write(`building a ${size} MB corpus in ${file}…\n`);
      const bytes = buildCorpus(file, size);
      const mb = bytes / MB;
      process.stderr.write(`analyzing ${mb.toFixed(0)} MB…\n`);
      const ours = runChild(file, lexiconPath, heapMB);
      process.stderr.write(`analyzing with ${workers} processes…\n`);
      const parallel = await runParallel(file, lexiconPath, heapMB, workers);
      process.stderr.write("grep (C locale)…\n");
      const grepC = timeGrep(file, patterns, "C");
      process.stderr.write("grep (UTF-8 locale)…\n");
      const grepU = timeGrep(file, patterns, "C.UTF-8");
      const rate = (s: number) => mb / s;
      rows.push(
        [
          `corpus ${mb.toFixed(0)} MB, ${ours.articles} articles, ${ours.words} words`,
          `  adasa, 1 process    ${rate(ours.seconds).toFixed(1).padStart(7)} MB/s  ${ours.seconds.toFixed(2)} s (CPU ${ours.cpuSeconds.toFixed(2)} s)  ${ours.matches} matches  peak RSS ${ours.maxRssMB.toFixed(0)} MB (heap cap ${heapMB} MB)`,
          `  adasa, ${workers} processes  ${rate(parallel.seconds).toFixed(1).padStart(7)} MB/s  ${parallel.seconds.toFixed(2)} s  ${parallel.matches} matches  peak RSS ${parallel.maxRssMB.toFixed(0)} MB per process`,
          `  grep -o -F (C)      ${rate(grepC.seconds).toFixed(1).padStart(7)} MB/s  ${grepC.seconds.toFixed(2)} s (CPU ${grepC.cpuSeconds.toFixed(2)} s)  ${grepC.matches} matches`,
          `  grep -o -F (UTF-8)  ${rate(grepU.seconds).toFixed(1).padStart(7)} MB/s  ${grepU.seconds.toFixed(2)} s (CPU ${grepU.cpuSeconds.toFixed(2)} s)  ${grepU.matches} matches`,
          `  ratio adasa/grep, 1 process: ${(grepC.seconds / ours.seconds).toFixed(2)} (C locale), ${(grepU.seconds / ours.seconds).toFixed(2)} (UTF-8 locale)`,
          `  ratio of CPU throughputs adasa/grep, 1 process: ${(grepC.cpuSeconds / ours.cpuSeconds).toFixed(2)} (C locale), ${(grepU.cpuSeconds / ours.cpuSeconds).toFixed(2)} (UTF-8 locale)`,
          `  ratio adasa/grep, ${workers} processes: ${(grepC.seconds / parallel.seconds).toFixed(2)} (C locale), ${(grepU.seconds / parallel.seconds).toFixed(2)} (UTF-8 locale)`,
        ].join("\n"),
      );
      console.log(rows[rows.length - 1]);
    }
  } finally {
    fs.rmSync(CHILD, { force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
