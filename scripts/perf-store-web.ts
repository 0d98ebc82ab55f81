/**
 * The web pages over a large store (figures, not a test):
 *
 *   npx adasa import generated.jsonl            # e.g. 10,000 articles of scripts/corpus-gen.ts, into ADASA_DATA
 *   node bin/run-ts.js scripts/perf-store-web.ts --data DIR [--users 20] [--seconds 15]
 *
 * Starts the production server (a build must exist) over the embedded store in DIR, with
 * an empty corpus folder, and for the home page, a filter change and the time chart: the
 * weight of the HTML, the first (cold) answer, then one user and `--users` concurrent users for
 * `--seconds` each (median and p95, warm, and the server's CPU time per request: on a shared
 * machine the better figure), from the rendered-page cache and rendered for every request, the
 * load average, and the server's peak RSS.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RENDER_HEADER } from "../app/cached-pages";
import { rssMb, startServer } from "../tests/browser/server";
import { webServerNodeOptions } from "./start";
import { cpuMs, kb, load, quantile, weigh } from "./web-timing";

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`give --${name}`);
  return value;
}

/**
 * Each page as users get it (from the rendered-page cache); then every request at a new address
 * (an extra query parameter of its own: each a miss of the cache, rendered once, as many users
 * choosing different filters); then rendered for every request (the cache's own request header lets
 * it through to the page, as every request went before the cache): the same build, back to back,
 * on the same machine.
 */
interface How {
  readonly name: string;
  readonly url: (page: string) => string | ((n: number) => string);
  readonly headers: Record<string, string>;
}
const HOW: readonly How[] = [
  { name: "cached", url: (page) => page, headers: {} },
  { name: "new address", url: (page) => (n) => `${page}${page.includes("?") ? "&" : "?"}perf=${n}`, headers: {} },
  { name: "rendered", url: (page) => page, headers: { [RENDER_HEADER]: "1" } },
];

const PAGES: [string, string][] = [
  ["home page", "/"],
  ["a filter change", "/?from=2016&to=2017-06&voice=own&target=haftar"],
  ["time chart", "/timeline?target=haftar&interval=month"],
];

/**
 * Starts the production server over the store `storeEnv` names (ADASA_DATA or DATABASE_URL),
 * with an empty corpus folder, and prints each page's weight, first answer and warm median/p95
 * under `users` concurrent users, then the server's peak RSS.
 */
export async function timeStorePages(storeEnv: Record<string, string>, users: number, seconds: number): Promise<void> {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-perf-articles-"));
  // the server runs as `npm start` runs it, with its heap limit
  const nodeOptions = webServerNodeOptions();
  const server = await startServer({
    env: { ADASA_DATA: "", DATABASE_URL: "", ...storeEnv, ADASA_ARTICLES: empty, NODE_OPTIONS: nodeOptions },
    readyPath: "/corpus",
    timeoutMs: 600_000,
  });
  let peak = rssMb(server.pid);
  console.log(`server NODE_OPTIONS "${nodeOptions}"; RSS once started ${peak.toFixed(0)} MB`);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 250);
  try {
    console.log(`web pages: ${users} concurrent users, ${seconds} s per page`);
    for (const [name, url] of PAGES) {
      const t0 = performance.now();
      const w = await weigh(server.url + url);
      const cold = performance.now() - t0;
      const again = await fetch(server.url + url);
      await again.arrayBuffer();
      console.log(
        `${name.padEnd(16)} ${url}\n  HTML ${kb(w.html)} (page data ${kb(w.data)}), first answer ${cold.toFixed(0)} ms, the next from the page cache: ${again.headers.get("x-adasa-page")}; RSS ${rssMb(server.pid).toFixed(0)} MB`,
      );
      for (const how of HOW)
        for (const n of [1, users]) {
          const cpu0 = cpuMs(server.pid);
          const to = how.url(server.url + url);
          const times = await load(to, n, seconds, how.headers);
          const perRequest = (cpuMs(server.pid) - cpu0) / times.length;
          console.log(
            `  ${how.name.padEnd(11)} ${String(n).padStart(2)} user${n > 1 ? "s" : " "}: ${times.length} requests, median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms, server CPU ${perRequest.toFixed(0)} ms a request; RSS ${rssMb(server.pid).toFixed(0)} MB (peak ${peak.toFixed(0)}); load average ${os.loadavg()[0]!.toFixed(1)}`,
          );
        }
    }
    console.log(`server peak RSS ${peak.toFixed(0)} MB`);
  } finally {
    clearInterval(sampler);
    await server.stop();
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

// run as a script (bin/run-ts.js sets argv[1] to it), not when bench-corpus imports timeStorePages
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const data = path.resolve(arg("data"));
  console.log(`store ${data}`);
  timeStorePages({ ADASA_DATA: data }, Number(arg("users", "20")), Number(arg("seconds", "15"))).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
