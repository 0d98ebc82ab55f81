/**
 * Load test (not a test that passes or fails: it prints figures). The
 * production server (`next start`, built by `npm run build`) on a free port on
 * localhost, over the bundled corpus and the wire fixtures, under a mix of
 * requests run together for a bounded time, with autocannon:
 *
 *   - POST /api/analyze  a seed article's body (4 connections)
 *   - POST /api/diff     the two wire fixtures (2 connections)
 *   - GET  /             the home page (2 connections)
 *   - POST /api/diff     one hostile client: two texts of 4,990 different sentences each, just
 *                        under the sentence limit, sent again as soon as each is answered
 *
 *   npm run load -- [--duration 20]
 *
 * Prints per route req/s, p50/p99/max latency, errors and non-2xx answers,
 * and the server's resident memory (VmRSS) before, at its peak and after.
 * The goal: the p99 of /api/analyze under this mix stays under 1 s.
 */
import autocannon from "autocannon";
import path from "node:path";
import { MAX_SENTENCES_PER_TEXT } from "../lib/align/sentence-limit";
import { loadArticles } from "../lib/corpus/load";
import { ROOT, rssMb, startServer, TEST_ARTICLES } from "../tests/browser/server";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const DURATION_S = Number(arg("duration", "20"));
const ANALYZE_P99_GOAL_MS = 1000;

function bodyOf(file: string): string {
  const [loaded] = [...loadArticles([path.join(ROOT, file)])];
  if (!loaded || "problem" in loaded) throw new Error(`cannot read ${file}`);
  return loaded.article.body;
}

/** Two texts just under the sentence limit, every sentence different: the costliest diff the server takes on. */
function hostileDiff(): string {
  const side = (speaker: string) =>
    Array.from({ length: MAX_SENTENCES_PER_TEXT - 10 }, (_, i) => `قال ${speaker} ${i} إن قوات حفتر تقدمت نحو طرابلس ${i % 97}.`).join("\n");
  return JSON.stringify({ a: { text: side("المتحدث") }, b: { text: side("الناطق") } });
}

interface Load {
  readonly name: string;
  readonly path: string;
  readonly connections: number;
  readonly body?: string;
}

function run(base: string, load: Load): Promise<autocannon.Result> {
  return autocannon({
    url: base + load.path,
    connections: load.connections,
    duration: DURATION_S,
    timeout: 30,
    ...(load.body ? { method: "POST", headers: { "content-type": "application/json" }, body: load.body } : {}),
  });
}

const ms = (x: number) => `${Math.round(x)} ms`;

async function main(): Promise<void> {
  const server = await startServer({ env: { ADASA_ARTICLES: TEST_ARTICLES } });
  try {
    const loads: Load[] = [
      { name: "POST /api/analyze", path: "/api/analyze", connections: 4, body: JSON.stringify({ text: bodyOf("articles/004-aljazeera.md"), outlet: "الجزيرة نت" }) },
      { name: "POST /api/diff", path: "/api/diff", connections: 2, body: JSON.stringify({ a: { text: bodyOf("tests/fixtures/wire/wire-a.md") }, b: { text: bodyOf("tests/fixtures/wire/wire-b.md") } }) },
      { name: "GET /", path: "/", connections: 2 },
      { name: "POST /api/diff (hostile)", path: "/api/diff", connections: 1, body: hostileDiff() },
    ];
    for (const load of loads) await run(server.url, { ...load, connections: 1 }).catch(() => undefined); // warm: every route loaded once
    const before = rssMb(server.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 200);
    const t0 = Date.now();
    const results = await Promise.all(loads.map((load) => run(server.url, load)));
    clearInterval(sampler);
    const after = rssMb(server.pid);

    console.log(`load test: ${DURATION_S} s (${((Date.now() - t0) / 1000).toFixed(1)} s wall), production server on localhost, all routes at once\n`);
    console.log(`${"route".padEnd(26)} ${"conns".padStart(5)} ${"requests".padStart(8)} ${"req/s".padStart(7)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"max".padStart(8)} ${"errors".padStart(6)} ${"non-2xx".padStart(7)}`);
    loads.forEach((load, k) => {
      const r = results[k]!;
      console.log(
        `${load.name.padEnd(26)} ${String(load.connections).padStart(5)} ${String(r.requests.total).padStart(8)} ${r.requests.average.toFixed(1).padStart(7)} ${ms(r.latency.p50).padStart(8)} ${ms(r.latency.p99).padStart(8)} ${ms(r.latency.max).padStart(8)} ${String(r.errors).padStart(6)} ${String(r.non2xx).padStart(7)}`,
      );
    });
    console.log(`\nserver RSS: before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, after ${after.toFixed(0)} MB`);
    const analyzeP99 = results[0]!.latency.p99;
    console.log(`p99 of /api/analyze: ${ms(analyzeP99)} (goal < ${ms(ANALYZE_P99_GOAL_MS)}: ${analyzeP99 < ANALYZE_P99_GOAL_MS ? "met" : "MISSED"})`);
    const alive = await fetch(server.url + "/api/corpus").then((r) => r.status, () => 0);
    console.log(`server after the run: ${alive === 200 ? "up" : `DOWN (${alive})`}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
