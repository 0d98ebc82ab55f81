/**
 * Web performance figures (not a test): the production app over a corpus of
 * 10,000 articles, and the annotated diff of two ~2,000-word articles.
 *
 *   npm run perf:web -- [--articles 10000] [--outlets 40] [--dir /tmp/adasa-perf-web] [--warm 20]
 *
 * 1. Writes the corpus (copies of the five bundled seeds under varied outlets,
 *    ids and dates; reused when already there), builds the app if .next is
 *    missing, and starts `next start` with ADASA_ARTICLES pointing there.
 * 2. Times the first (cold) response of `/`, when the whole corpus is analysed,
 *    then warm requests of `/` and of `/` with filters: median, p95, max.
 * 3. Times the diff of two ~2,000-word articles (seed bodies put together, the
 *    second with framing labels swapped and a few sentences changed): through
 *    lib (analyzeText + diffTexts, median of 20) and through the server
 *    (POST /api/compare and GET /compare, median of 10).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { analyzeText } from "../lib/analysis/analyze-text";
import { createEngine } from "../lib/analysis/engine";
import { diffTexts } from "../lib/align";
import { listArticleFiles, loadArticles } from "../lib/corpus/load";
import type { Article } from "../lib/corpus/schema";
import { defaultArticlesPath, defaultLexiconPath } from "../lib/io/paths";
import { loadLexicon } from "../lib/lexicon/load";

const ROOT = path.join(__dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const ARTICLES = Number(arg("articles", "10000"));
const OUTLETS = Number(arg("outlets", "40"));
const WARM = Number(arg("warm", "20"));
const DIR = path.resolve(arg("dir", path.join(os.tmpdir(), "adasa-perf-web")));

const HOME_GOAL_MS = 1000;
const DIFF_GOAL_MS = 300;

// ---------- figures ----------

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}
const f = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const verdict = (ms: number, goal: number) => `goal < ${f(goal)}: ${ms < goal ? "met" : "MISSED"}`;
function line(label: string, ms: number[], goal?: number): void {
  const s = stats(ms);
  const figures = `median ${f(s.median)}  p95 ${f(s.p95)}  max ${f(s.max)}  (n=${s.n})`;
  console.log(`  ${label.padEnd(34)} ${figures.padEnd(52)} ${goal ? verdict(s.median, goal) : ""}`.trimEnd());
}
async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

// ---------- corpus ----------

function seeds(): Article[] {
  const { files } = listArticleFiles([defaultArticlesPath()]);
  return [...loadArticles(files)].flatMap((l) => ("article" in l ? [l.article] : [])).sort((a, b) => a.id.localeCompare(b.id));
}

const yamlString = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar

function articleFile(meta: { id: string; outlet: string; outlet_en?: string; date: string; title: string }, body: string): string {
  const fields = Object.entries(meta).map(([k, v]) => `${k}: ${yamlString(v)}`);
  return `---\n${fields.join("\n")}\n---\n${body}`;
}

/** ARTICLES files in DIR/corpus: article i is seed i % 5 under outlet ⌊i / 5⌋ % OUTLETS, dated across 2016–2019. */
function writeCorpus(all: Article[]): { dir: string; words: number; reused: boolean } {
  const dir = path.join(DIR, `corpus-${ARTICLES}x${OUTLETS}`);
  const stamp = path.join(dir, ".complete");
  const words = (a: Article) => a.body.split(/\s+/).filter(Boolean).length;
  let total = 0;
  for (let i = 0; i < ARTICLES; i++) total += words(all[i % all.length]!);
  if (fs.existsSync(stamp)) return { dir, words: total, reused: true };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const day0 = Date.UTC(2016, 0, 1);
  for (let i = 0; i < ARTICLES; i++) {
    const seed = all[i % all.length]!;
    const k = Math.floor(i / all.length) % OUTLETS;
    const base = all[k % all.length]!;
    const date = new Date(day0 + ((i * 37) % 1461) * 86_400_000).toISOString().slice(0, 10);
    const text = articleFile(
      { id: `perf-${String(i).padStart(5, "0")}`, outlet: `${base.outlet} ${k + 1}`, outlet_en: `${base.outlet_en ?? base.outlet} ${k + 1}`, date, title: seed.title },
      seed.body,
    );
    fs.writeFileSync(path.join(dir, `perf-${String(i).padStart(5, "0")}.md`), text);
  }
  fs.writeFileSync(stamp, "");
  return { dir, words: total, reused: false };
}

/** Labels one outlet writes where another writes the counterpart (A → B). */
const SWAPS: [RegExp, string][] = [
  [/تنظيم داعش/g, "تنظيم الدولة الإسلامية"],
  [/داعش/g, "تنظيم الدولة"],
  [/المشير خليفة حفتر/g, "اللواء المتقاعد خليفة حفتر"],
  [/اللواء المتقاعد خليفة حفتر/g, "المشير خليفة حفتر"],
  [/حكومة الوفاق الوطني/g, "حكومة طرابلس"],
  [/عدوان/g, "عملية"],
];

/** Two ~2,000-word versions of one text: seed bodies put together; B swaps labels, drops every 9th line and adds one. */
function diffPair(all: Article[]): { a: string; b: string; wordsA: number; wordsB: number } {
  const lines: string[] = [];
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  let words = 0;
  for (let i = 0; words < 2000; i++) {
    for (const l of all[i % all.length]!.body.split("\n")) {
      if (!l.trim() || words >= 2000) continue;
      lines.push(l);
      words += count(l);
    }
  }
  const a = lines.join("\n");
  const b = lines
    .filter((_, i) => i % 9 !== 8)
    .map((l) => SWAPS.reduce((s, [from, to]) => s.replace(from, to), l))
    .concat("وتعمل الفرق الأميركية في ليبيا منذ أشهر دون إعلان رسمي.")
    .join("\n");
  return { a, b, wordsA: count(a), wordsB: count(b) };
}

// ---------- server ----------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

/** Resident memory of the server's process group, in MB. */
function groupRssMb(pgid: number): number | null {
  try {
    const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
    return Math.round(out.split("\n").reduce((s, l) => s + (Number(l.trim()) || 0), 0) / 1024);
  } catch {
    return null;
  }
}

async function get(url: string): Promise<{ status: number; bytes: number }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  const body = await res.arrayBuffer();
  return { status: res.status, bytes: body.byteLength };
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(`Adasa web performance — ${new Date().toISOString()}`);
  console.log(`machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? "?"}), ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, node ${process.version}, ${os.platform()} ${os.release()}`);

  const all = seeds();
  fs.mkdirSync(DIR, { recursive: true });
  const [writeMs, corpus] = await timed(() => writeCorpus(all));
  console.log(`corpus: ${ARTICLES} articles, ${OUTLETS} outlets, ~${(corpus.words / 1e6).toFixed(2)} M words in ${corpus.dir} (${corpus.reused ? "reused" : `written in ${f(writeMs)}`})`);

  const pair = diffPair(all);
  const pairDir = path.join(DIR, "pair");
  fs.mkdirSync(pairDir, { recursive: true });
  fs.writeFileSync(path.join(pairDir, "perf-a.md"), articleFile({ id: "perf-a", outlet: "النسخة أ", date: "2019-04-10", title: "نسخة أ" }, pair.a));
  fs.writeFileSync(path.join(pairDir, "perf-b.md"), articleFile({ id: "perf-b", outlet: "النسخة ب", date: "2019-04-10", title: "نسخة ب" }, pair.b));

  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("no production build: running npm run build…"); // next build, then the worker pool's bundle
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }

  // ---- lib: the diff alone, no server running ----
  const engine = createEngine(loadLexicon(defaultLexiconPath()).lexicon);
  const libTotal: number[] = [];
  const libDiff: number[] = [];
  let swaps = 0;
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    const a = { text: pair.a, analysis: analyzeText(engine, pair.a) };
    const b = { text: pair.b, analysis: analyzeText(engine, pair.b) };
    const t1 = performance.now();
    const diff = diffTexts(a, b);
    const t2 = performance.now();
    swaps = diff.swaps.length;
    if (i === 0) continue; // first run warms the JIT
    libTotal.push(t2 - t0);
    libDiff.push(t2 - t1);
  }

  // ---- server ----
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ADASA_ARTICLES: [corpus.dir, pairDir].join(path.delimiter) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const stop = () => killGroup(server);
  process.once("exit", stop);
  process.once("SIGINT", () => process.exit(130));
  try {
    const [startMs] = await timed(async () => {
      while (!(await listening(port))) {
        if (server.exitCode !== null) throw new Error(`next start exited:\n${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    const [coldMs, cold] = await timed(() => get(`${base}/`));
    if (cold.status !== 200) throw new Error(`GET / answered ${cold.status}:\n${log}`);
    const rssAfterLoad = groupRssMb(server.pid!);

    const homeMs: number[] = [];
    let homeBytes = 0;
    for (let i = 0; i < WARM; i++) {
      const [ms, r] = await timed(() => get(`${base}/`));
      homeMs.push(ms);
      homeBytes = r.bytes;
    }
    const outlets = [1, 2, 3].map((k) => `${all[(k - 1) % all.length]!.outlet} ${k}`).join(",");
    const filtered = `/?outlets=${encodeURIComponent(outlets)}&targets=haftar,isis&from=2017&to=2019-06&voice=own`;
    const filterMs: number[] = [];
    for (let i = 0; i < WARM; i++) {
      const [ms, r] = await timed(() => get(base + filtered));
      if (r.status !== 200) throw new Error(`GET ${filtered} answered ${r.status}`);
      filterMs.push(ms);
    }

    const body = JSON.stringify({ texts: [{ text: pair.a, outlet: "النسخة أ" }, { text: pair.b, outlet: "النسخة ب" }] });
    const apiMs: number[] = [];
    const pageMs: number[] = [];
    let pageStatus = 0;
    let pageBytes = 0;
    for (let i = 0; i < 11; i++) {
      const [ms, res] = await timed(async () => {
        const r = await fetch(`${base}/api/compare`, { method: "POST", headers: { "content-type": "application/json" }, body });
        await r.arrayBuffer();
        return r;
      });
      if (res.status !== 200) throw new Error(`POST /api/compare answered ${res.status}`);
      const [pms, page] = await timed(() => get(`${base}/compare?a=perf-a&b=perf-b`));
      pageStatus = page.status;
      pageBytes = page.bytes;
      if (i === 0) continue; // first request compiles the route's code paths
      apiMs.push(ms);
      pageMs.push(pms);
    }

    console.log("");
    console.log(`home page (/) over ${ARTICLES} articles`);
    console.log(`  server listening after              ${f(startMs)}`);
    console.log(`  cold first response (analysis)      ${f(coldMs)}  (${Math.round(cold.bytes / 1024)} KB; server RSS ${rssAfterLoad ?? "?"} MB after it)`);
    line("warm GET /", homeMs, HOME_GOAL_MS);
    line("warm GET / with filters", filterMs, HOME_GOAL_MS);
    console.log(`    (page ${Math.round(homeBytes / 1024)} KB; filters ${decodeURIComponent(filtered)})`);
    console.log("");
    console.log(`diff of two articles of ${pair.wordsA} and ${pair.wordsB} words (${swaps} framing swaps)`);
    line("lib analyzeText ×2 + diffTexts", libTotal, DIFF_GOAL_MS);
    line("lib diffTexts alone", libDiff);
    line("POST /api/compare", apiMs, DIFF_GOAL_MS);
    if (pageStatus === 200) {
      line("GET /compare?a=perf-a&b=perf-b", pageMs, DIFF_GOAL_MS);
      console.log(`    (page ${Math.round(pageBytes / 1024)} KB)`);
    }
    else console.log(`  GET /compare?a=perf-a&b=perf-b answered ${pageStatus}: not timed`);
    console.log(`  server RSS at the end               ${groupRssMb(server.pid!) ?? "?"} MB`);
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
