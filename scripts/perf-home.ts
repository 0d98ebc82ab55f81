/**
 * Home page weight and response times over the bundled corpus (figures, not a test):
 *
 *   npm run perf:home -- [--users 20] [--seconds 15]
 *
 * Starts the production server (`next start`, a build must exist) on a free port, then
 * 1. weighs `/` and `/?lang=ar`: the HTML as sent, and within it the inline page data
 *    (React Server Component payload, the `self.__next_f.push` scripts);
 * 2. runs `--users` concurrent users, each requesting `/` again as soon as its last answer
 *    arrived, for `--seconds`, and prints requests per second, median and p95.
 */
import { startServer } from "../tests/browser/server";
import { kb, load, quantile, weigh } from "./web-timing";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const USERS = Number(arg("users", "20"));
const SECONDS = Number(arg("seconds", "15"));
const P95_GOAL_MS = 1000;
const WEIGHT_GOAL_KB = 150;

async function main() {
  const server = await startServer();
  try {
    for (const path of ["/", "/?lang=ar"]) {
      const w = await weigh(server.url + path);
      console.log(`${path.padEnd(10)} HTML ${kb(w.html)} (page data inline: ${kb(w.data)})  goal < ${WEIGHT_GOAL_KB} KB: ${w.html < WEIGHT_GOAL_KB * 1024 ? "met" : "MISSED"}`);
    }
    const times = await load(server.url + "/", USERS, SECONDS);
    const p95 = quantile(times, 0.95);
    console.log(
      `${USERS} concurrent users, ${SECONDS} s: ${times.length} requests, ${(times.length / SECONDS).toFixed(1)}/s, median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms  goal p95 < ${P95_GOAL_MS} ms: ${p95 < P95_GOAL_MS ? "met" : "MISSED"}`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
