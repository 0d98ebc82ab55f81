/**
 * Benchmark of `adasa analyze DIR` as a user runs it: a folder of many small
 * article files (Markdown with front matter, 40 outlets, ten years of
 * dates), every output format, against GNU `grep -r -o -F -f FORMS DIR` over
 * the same files in the same run.
 *
 *   npm run bench:files -- [--mb 100 | --files 100000] [--dir /tmp/adasa-bench-files] [--formats json,csv,table] [--threads N] [--runs N] [--node-flags "A;B"]
 *
 * `--runs N` runs every command N times and keeps its least wall and least
 * CPU time: on a shared machine the least is the one the neighbours disturbed least.
 *
 * `--node-flags "A;B;…"` runs each adasa command once per set of node
 * flags (`;` between sets, an empty set for none: `";--single-threaded-gc"`),
 * the sets taking turns run by run, so that each meets the same load.
 *
 * `--files N` makes N small files instead (one to three paragraphs each), to
 * check that a folder of 100,000 articles goes through at bounded memory.
 *
 * Each run is the real command in a child process, its output piped to a
 * byte counter; its peak memory (maxRSS) is reported from inside it by
 * scripts/peak-rss.cjs. Wall time and CPU time (user + system, from bash's
 * `time`) are both given: on a machine shared with other work the wall-clock
 * ratio says more about the neighbours than about adasa, the CPU ratio less.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultLexiconPath } from "../lib/io/paths";
import { loadLexicon } from "../lib/lexicon/load";
import { bundledArticles, writeGrepPatterns } from "./bench-data";

const MB = 1024 * 1024;
const ROOT = path.join(__dirname, "..");
const OUTLETS = 40;
const FILES_PER_FOLDER = 1000;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** How big the folder is: at least so many MB of whole articles, or so many files of an article's first paragraphs. */
type Size = { readonly megabytes: number } | { readonly files: number };

/**
 * Article files, each a bundled article's body (cut at a varying paragraph,
 * so files differ in size; with a file count, only its first one to three
 * paragraphs, for many small files) under its own front matter.
 */
function buildFolder(dir: string, size: Size): { files: number; bytes: number } {
  const marker = path.join(dir, "megabytes" in size ? `.complete-${size.megabytes}` : `.complete-${size.files}-files`);
  const articles = bundledArticles();
  const more = (i: number, bytes: number) => ("megabytes" in size ? bytes < size.megabytes * MB : i < size.files);
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    let bytes = 0;
    for (let i = 0; more(i, bytes); i++) {
      const source = articles[i % articles.length]!;
      const paragraphs = source.body.split("\n\n");
      const kept = "megabytes" in size ? Math.max(3, paragraphs.length - (i % 7)) : 1 + (i % 3);
      const body = paragraphs.slice(0, kept).join("\n\n");
      const day = new Date(Date.UTC(2010, 0, 1) + (i % 3650) * 86400000).toISOString().slice(0, 10);
      const text =
        `---\nid: "a${i}"\noutlet: "${source.outlet} ${i % OUTLETS}"\noutlet_en: "Outlet ${i % OUTLETS}"\ndate: "${day}"\n` +
        `url: null\ntitle: ${JSON.stringify(source.title)}\n---\n${body}\n`;
      const folder = path.join(dir, String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, "0"));
      if (i % FILES_PER_FOLDER === 0) fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, `a${i}.md`), text);
      bytes += Buffer.byteLength(text);
    }
    fs.writeFileSync(marker, "");
  }
  let files = 0;
  let bytes = 0;
  for (const sub of fs.readdirSync(dir)) {
    if (sub.startsWith(".")) continue;
    for (const name of fs.readdirSync(path.join(dir, sub))) {
      files++;
      bytes += fs.statSync(path.join(dir, sub, name)).size;
    }
  }
  return { files, bytes };
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  outputBytes: number;
  maxRssMB: number | null;
  status: number | null;
}

/** Runs a shell pipeline, its output counted by `wc -c`; the peak memory of a node command comes back through ADASA_MAX_RSS_FILE. */
function timed(command: string, env: Record<string, string> = {}): Run {
  const rssFile = path.join(os.tmpdir(), `adasa-max-rss-${process.pid}`);
  fs.rmSync(rssFile, { force: true });
  const r = spawnSync("bash", ["-c", `TIMEFORMAT="%R %U %S"; set -o pipefail; time (${command} | wc -c)`], {
    cwd: ROOT,
    env: { ...process.env, ...env, ADASA_MAX_RSS_FILE: rssFile },
    encoding: "utf8",
  });
  const [seconds, user, system] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number) as [number, number, number];
  const maxRssMB = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8")) / 1024 : null;
  fs.rmSync(rssFile, { force: true });
  return { seconds, cpuSeconds: user + system, outputBytes: Number(r.stdout.trim()), maxRssMB, status: r.status };
}

/** The least wall and the least CPU time of runs of one command (its output and memory from the last). */
function least(all: readonly Run[]): Run {
  const last = all.at(-1)!;
  return { ...last, seconds: Math.min(...all.map((r) => r.seconds)), cpuSeconds: Math.min(...all.map((r) => r.cpuSeconds)), status: all.find((r) => r.status !== 0)?.status ?? last.status };
}

/** `runs` runs of each command, the commands taking turns, each one's least (see least). */
function bestOfEach(runs: number, commands: readonly string[], env: Record<string, string> = {}): Run[] {
  const all: Run[][] = commands.map(() => []);
  for (let r = 0; r < runs; r++) commands.forEach((command, k) => all[k]!.push(timed(command, env)));
  return all.map(least);
}

const best = (runs: number, command: string, env: Record<string, string> = {}): Run => bestOfEach(runs, [command], env)[0]!;

function main(): void {
  const files = arg("files", "");
  const size: Size = files ? { files: Number(files) } : { megabytes: Number(arg("mb", "100")) };
  const dir = arg("dir", path.join(os.tmpdir(), files ? `adasa-bench-files-${files}` : "adasa-bench-files"));
  const formats = arg("formats", "json,csv,table").split(",");
  const runs = Math.max(1, Number(arg("runs", "1")));
  // adasa's own choice unless thread counts are given to compare (`--threads 1,2`)
  const threadCounts: (string | undefined)[] = arg("threads", "").split(",").filter(Boolean);
  if (threadCounts.length === 0) threadCounts.push(undefined);
  const nodeFlags = arg("node-flags", "").split(";").map((f) => f.trim());
  const lexicon = loadLexicon(defaultLexiconPath()).lexicon;
  const patterns = path.join(os.tmpdir(), "adasa-bench-files-forms.txt");
  writeGrepPatterns(patterns, lexicon);
  process.stderr.write(`building ${"megabytes" in size ? `${size.megabytes} MB of article files` : `${size.files} small article files`} in ${dir}…\n`);
  const corpus = buildFolder(dir, size);
  const mb = corpus.bytes / MB;
  console.log(`adasa analyze over ${corpus.files} files, ${mb.toFixed(1)} MB, least of ${runs} run(s) each — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`);
  const rate = (run: Run) =>
    `${(mb / run.seconds).toFixed(1).padStart(6)} MB/s  ${run.seconds.toFixed(1).padStart(6)} s wall  ${(mb / run.cpuSeconds).toFixed(1).padStart(6)} MB/s  ${run.cpuSeconds.toFixed(1).padStart(6)} s CPU`;
  process.stderr.write("grep -r -o -F (C locale)…\n");
  const grepC = best(runs, `grep -r -o -F -f "${patterns}" "${dir}"`, { LC_ALL: "C" });
  process.stderr.write("grep -r -o -F (UTF-8 locale)…\n");
  const grepU = best(runs, `grep -r -o -F -f "${patterns}" "${dir}"`, { LC_ALL: "C.UTF-8" });
  console.log(`  grep -r -o -F -f, C locale      ${rate(grepC)}`);
  console.log(`  grep -r -o -F -f, UTF-8 locale  ${rate(grepU)}`);
  for (const format of formats) {
    for (const threads of threadCounts) {
      const flags = `--format ${format}${threads ? ` --threads ${threads}` : ""}`;
      process.stderr.write(`adasa analyze ${flags}…\n`);
      const commands = nodeFlags.map((node) => `"${process.execPath}" ${node} --require ./scripts/peak-rss.cjs bin/adasa.js analyze "${dir}" ${flags}`);
      bestOfEach(runs, commands).forEach((run, k) => {
        const label = `${nodeFlags[k] ? `${nodeFlags[k]} ` : ""}${flags}`;
        if (run.status !== 0) throw new Error(`adasa analyze ${label} failed (exit ${run.status})`);
        const ratio = (key: "seconds" | "cpuSeconds") => `${(grepC[key] / run[key]).toFixed(2)} / ${(grepU[key] / run[key]).toFixed(2)}`;
        console.log(
          `  adasa analyze ${label.padEnd(22)}  ${rate(run)}  ratio to grep (C / UTF-8): wall ${ratio("seconds")}, CPU ${ratio("cpuSeconds")}  ` +
            `peak RSS ${run.maxRssMB?.toFixed(0)} MB  output ${(run.outputBytes / MB).toFixed(1)} MB  load average ${os.loadavg()[0]!.toFixed(1)}`,
        );
      });
    }
  }
}

main();
