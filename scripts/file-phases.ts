/**
 * Where a file's CPU goes in `adasa analyze DIR`'s per-file path (lib/work/file-batch.ts), phase by phase, in one
 * process: each phase timed on its own over the same files (least CPU of several rounds, the first quarter warming
 * up), then the whole batch as the command runs it, and the garbage collector's pauses during the whole batches.
 *
 *   node bin/run-ts.js scripts/file-phases.ts [--dir FOLDER] [--files 1000] [--rounds 8] [--format csv]
 *
 * read = readTextFile less decoding (open, read, close); decode = decodeBytes of the bytes; front matter =
 * parseArticle (split, YAML, the zod schema); engine = analyzeArticleText; tallies = Tally.add, its counts (and its
 * scores where the format prints them); record = articleText; encode = utf8Views per batch of 32. "whole" is
 * analyseFileBatch; what it costs beyond the phases' sum is the batch's own glue and the garbage the phases leave
 * to each other.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { analyzeArticleText } from "../lib/analysis/corpus";
import { createEngine } from "../lib/analysis/engine";
import { Tally } from "../lib/analysis/tally";
import { parseArticle } from "../lib/corpus/parse";
import { decodeBytes } from "../lib/io/decode";
import { isFileProblem, readTextFile } from "../lib/io/files";
import { defaultLexiconPath } from "../lib/io/paths";
import { loadLexicon } from "../lib/lexicon/load";
import { articleText, PRINTS_TARGET_SCORES, type AnalysisFormat } from "../lib/report/analysis-stream";
import { analyseFileBatch } from "../lib/work/file-batch";
import { utf8Views } from "../lib/work/utf8";
import { arg } from "./bench-data";

const BATCH_FILES = 32;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const folder = arg("dir", path.join(os.tmpdir(), "adasa-bench-files", "000"));
  const paths = fs.readdirSync(folder).sort().slice(0, Number(arg("files", "1000"))).map((f) => path.join(folder, f));
  const rounds = Number(arg("rounds", "8"));
  const format = arg("format", "csv") as AnalysisFormat;
  const score = { voice: "all" as const, resolved: true };
  const engine = createEngine(loadLexicon(defaultLexiconPath()).lexicon);

  const bytes = paths.map((p) => fs.readFileSync(p));
  const texts = bytes.map((b) => decodeBytes(b).text);
  const articles = texts.map((t, i) => parseArticle(t, paths[i]!));
  const analyses = articles.map((a) => analyzeArticleText(engine, a));
  const results = articles.map((article, i) => {
    const analysis = analyses[i]!;
    const tally = new Tally(engine.lexicon, score).add(analysis);
    return { article, analysis, targets: PRINTS_TARGET_SCORES[format] ? tally.scores() : [] };
  });
  const records = results.map((r) => articleText(format, r));
  const n = paths.length;
  let sink = 0;

  const phases: [string, () => void][] = [
    ["read + decode", () => paths.forEach((p) => (sink += isFileProblem(readTextFile(p)) ? 0 : 1))],
    ["decode", () => bytes.forEach((b) => (sink += decodeBytes(b).text.length))],
    ["front matter", () => texts.forEach((t, i) => (sink += parseArticle(t, paths[i]!).body.length))],
    ["engine", () => articles.forEach((a) => (sink += analyzeArticleText(engine, a).words))],
    [
      "tallies",
      () =>
        analyses.forEach((a) => {
          const tally = new Tally(engine.lexicon, score).add(a);
          if (PRINTS_TARGET_SCORES[format]) sink += tally.scores().length;
          sink += tally.counts().length;
        }),
    ],
    ["record", () => results.forEach((r) => (sink += articleText(format, r).length))],
    [
      "encode",
      () => {
        for (let at = 0; at < n; at += BATCH_FILES) sink += utf8Views(records.slice(at, at + BATCH_FILES)).views.length;
      },
    ],
  ];
  const whole = (): void => {
    for (let at = 0; at < n; at += BATCH_FILES) sink += analyseFileBatch(engine, paths.slice(at, at + BATCH_FILES), { format, score }).outcomes.length;
  };
  /** The whole path per file from bytes already read: what the batch costs without its system calls. */
  const fromBytes = (): void => {
    for (let at = 0; at < n; at += BATCH_FILES) {
      const texts: string[] = [];
      for (let i = at; i < Math.min(n, at + BATCH_FILES); i++) {
        const article = parseArticle(decodeBytes(bytes[i]!).text, paths[i]!);
        const analysis = analyzeArticleText(engine, article);
        const tally = new Tally(engine.lexicon, score).add(analysis);
        texts.push(articleText(format, { article, analysis, targets: PRINTS_TARGET_SCORES[format] ? tally.scores() : [] }));
        sink += tally.counts().length;
      }
      sink += utf8Views(texts).views.length;
    }
  };
  /** Decoding, front matter and the engine per file, nothing after: the engine as the batch meets it, on fresh texts. */
  const engineFresh = (): void => {
    for (let i = 0; i < n; i++) sink += analyzeArticleText(engine, parseArticle(decodeBytes(bytes[i]!).text, paths[i]!)).words;
  };
  phases.push(["engine fresh", engineFresh], ["from bytes", fromBytes], ["whole", whole]);
  // every round runs each phase and the whole batch once, in turn, so that all meet the same load; the collector's
  // pauses (wall time, as its entries give) are charged to the phase they fell in
  const costs = new Map<string, number>(phases.map(([name]) => [name, Infinity]));
  const windows: { name: string; from: number; to: number }[] = [];
  const pauses: { at: number; ms: number; major: boolean }[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => pauses.push({ at: e.startTime, ms: e.duration, major: (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind !== 1 })),
  );
  observer.observe({ entryTypes: ["gc"] });
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of phases) {
      const from = performance.now();
      const t = cpuMs();
      run();
      if (r >= Math.floor(rounds / 4)) {
        costs.set(name, Math.min(costs.get(name)!, ((cpuMs() - t) * 1000) / n));
        windows.push({ name, from, to: performance.now() });
      }
    }
    // the collector's entries arrive on the event loop
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  observer.disconnect();
  const measured = rounds - Math.floor(rounds / 4);
  const gcOf = (name: string, major: boolean) => {
    let ms = 0;
    let count = 0;
    for (const p of pauses) {
      if (p.major !== major || !windows.some((w) => w.name === name && p.at >= w.from && p.at < w.to)) continue;
      ms += p.ms;
      count++;
    }
    return `${((ms * 1000) / n / measured).toFixed(1).padStart(6)} ms in ${(count / measured).toFixed(1).padStart(4)}`;
  };

  const read = costs.get("read + decode")! - costs.get("decode")!;
  console.log(`${n} files of ${folder}, --format ${format}, least of ${rounds} rounds, load average ${os.loadavg()[0]!.toFixed(1)} (${sink > 0 ? "ok" : ""})`);
  const rows: [string, number][] = [
    ["read (open, read, close)", read],
    ["decode", costs.get("decode")!],
    ["front matter (split, YAML, schema)", costs.get("front matter")!],
    ["engine", costs.get("engine")!],
    ["tallies", costs.get("tallies")!],
    ["record (articleText)", costs.get("record")!],
    ["encode (utf8Views)", costs.get("encode")!],
  ];
  const sum = rows.reduce((s, [, ms]) => s + ms, 0);
  const phaseOf: Record<string, string> = { "read (open, read, close)": "read + decode", decode: "decode", "front matter (split, YAML, schema)": "front matter", engine: "engine", tallies: "tallies", "record (articleText)": "record", "encode (utf8Views)": "encode" };
  console.log(`  ${"".padEnd(36)} CPU per 1,000 files    GC pauses (wall): scavenges; mark-compacts`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms    ${gcOf(phaseOf[name]!, false)}; ${gcOf(phaseOf[name]!, true)}`);
  console.log(`  ${"sum of the phases".padEnd(36)} ${sum.toFixed(1).padStart(7)} ms`);
  console.log(`  ${"decode + front matter + engine".padEnd(36)} ${costs.get("engine fresh")!.toFixed(1).padStart(7)} ms    ${gcOf("engine fresh", false)}; ${gcOf("engine fresh", true)}`);
  console.log(`  ${"the path per file from bytes".padEnd(36)} ${costs.get("from bytes")!.toFixed(1).padStart(7)} ms    ${gcOf("from bytes", false)}; ${gcOf("from bytes", true)}`);
  console.log(`  ${"whole batch (analyseFileBatch)".padEnd(36)} ${costs.get("whole")!.toFixed(1).padStart(7)} ms    ${gcOf("whole", false)}; ${gcOf("whole", true)}`);
}

void main();
