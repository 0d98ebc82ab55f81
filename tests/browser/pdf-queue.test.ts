/**
 * Issue 10: every PDF request used to start its own Chromium (six at once:
 * 12+ processes). The server now prints through one shared headless Chromium
 * with a queue of two pages, and that browser goes away with the server.
 */
import { execFileSync } from "node:child_process";
import { startServer, TEST_ARTICLES, type AppServer } from "./server";

let server: AppServer;
beforeAll(async () => {
  server = await startServer({ env: { ADASA_ARTICLES: TEST_ARTICLES } });
}, 120_000);
afterAll(() => server?.stop());

/**
 * Chromium browsers the server process started: its children running Chromium. (A browser's own
 * helpers — renderers, GPU, zygote — are its children, not the server's, and for an instant after
 * fork they carry the browser's arguments, so they are not looked for among all descendants.)
 */
function browsersOf(pid: number): number[] {
  return execFileSync("ps", ["-e", "-o", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === pid && /chrom/i.test(m[3]!))
    .map((m) => Number(m[1]));
}

describe("PDF rendering on the server", () => {
  it("serves 6 concurrent PDF requests with one Chromium, closed when the server exits", async () => {
    const seen = new Set<number>();
    let most = 0;
    const sampler = setInterval(() => {
      const now = browsersOf(server.pid);
      now.forEach((p) => seen.add(p));
      most = Math.max(most, now.length);
    }, 100);
    try {
      const urls = [
        ...Array.from({ length: 4 }, (_, k) => `/api/report?format=pdf&ids=wire-a&title=r${k}`),
        "/lessons/haftar-names/worksheet?format=pdf",
        "/lessons/haftar-names/answers?format=pdf",
      ];
      const answers = await Promise.all(urls.map(async (u) => fetch(server.url + u)));
      for (const res of answers) {
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
      }
    } finally {
      clearInterval(sampler);
    }
    const after = browsersOf(server.pid);
    after.forEach((p) => seen.add(p));
    expect(after).toHaveLength(1); // kept for the next request
    expect(most).toBe(1);
    expect(seen.size).toBe(1);

    // the server alone is told to stop (not its process group): its Chromium must go with it
    const [browser] = after;
    process.kill(server.pid, "SIGTERM");
    const deadline = Date.now() + 15_000;
    const alive = () => {
      try {
        process.kill(browser!, 0);
        return !/^Z/.test(execFileSync("ps", ["-o", "stat=", "-p", String(browser)], { encoding: "utf8" }).trim());
      } catch {
        return false;
      }
    };
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(alive()).toBe(false);
  }, 180_000);
});
