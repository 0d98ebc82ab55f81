/**
 * Issue 10: no request can freeze or kill the server. Against the production
 * server: a chunked 400 MB body is refused at the 1 MB limit without the
 * server's memory growing; a diff of 30,000 one-word lines a side (180 KB,
 * well under the body limit) is refused by the sentence limit; a slow diff
 * runs in the worker pool within its time budget while /api/analyze keeps
 * answering; and the server stays up through all of it.
 */
import http from "node:http";
import { MAX_SENTENCES_PER_TEXT } from "../../lib/align/sentence-limit";
import { QUEUE_WAIT_MS, TIME_BUDGET_MS } from "../../lib/work/pool";
import { postJson, rssMb, startServer, TEST_ARTICLES, type AppServer } from "./server";

let server: AppServer;
beforeAll(async () => {
  server = await startServer({ env: { ADASA_ARTICLES: TEST_ARTICLES } });
}, 120_000);
afterAll(() => server?.stop());

const post = (path: string, body: unknown) => postJson(server.url + path, body);

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await work();
  return [performance.now() - t0, value];
}

/**
 * POSTs `total` bytes with Transfer-Encoding: chunked (no Content-Length), made
 * on the fly 64 KB at a time (never held in memory), and resolves with the
 * answer as soon as the server gives one, whatever was sent by then.
 */
function postChunked(url: string, total: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "ا"); // Arabic letters, as a long text would be
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } });
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, sent });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    req.write('{"text":"');
    pump();
  });
}

describe("hostile requests", () => {
  it("refuses a chunked 400 MB body with 413 at the limit, the server's memory growing < 50 MB", async () => {
    await (await post("/api/analyze", { text: "قال المشير خليفة حفتر إن قواته تقدمت." })).arrayBuffer(); // the route is loaded and warm
    const before = rssMb(server.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 50);
    try {
      const res = await postChunked(`${server.url}/api/analyze`, 400 * 1024 * 1024);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error).toMatch(/body too large: at least \d+ bytes; the limit is 1048576/);
      expect(res.sent).toBeLessThan(400 * 1024 * 1024); // answered before the upload was through
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, rssMb(server.pid));
    expect(peak - before).toBeLessThan(50);
    expect((await fetch(`${server.url}/api/corpus`)).status).toBe(200);
  }, 120_000);

  it("refuses a diff of 30,000 one-word lines a side at once, naming the limit and the count", async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => ["حفتر", "داعش", "طرابلس", "مصراتة"][i % 4]).join("\n");
    expect(Buffer.byteLength(JSON.stringify({ a: { text: lines }, b: { text: lines } }))).toBeLessThan(1024 * 1024);
    const [ms, res] = await timed(() => post("/api/diff", { a: { text: lines }, b: { text: lines } }));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe(`text 1 has 30,000 sentences; texts to align may have at most ${MAX_SENTENCES_PER_TEXT.toLocaleString("en-US")} sentences each`);
    expect(ms).toBeLessThan(5000);
    const compare = await post("/api/compare", { texts: [{ text: "قال حفتر." }, { text: lines }] });
    expect(compare.status).toBe(413);
    expect((await compare.json()).error).toMatch(/^text 2 has 30,000 sentences/);
  }, 60_000);

  it("keeps answering /api/analyze quickly while a large diff runs, and the diff ends within its budget", async () => {
    // just under the sentence limit, every sentence different: the costliest diff the server accepts
    const text = (side: string) => Array.from({ length: MAX_SENTENCES_PER_TEXT - 10 }, (_, i) => `قال ${side} ${i} إن قوات حفتر تقدمت نحو طرابلس ${i % 97}.`).join("\n");
    const diff = timed(() => post("/api/diff", { a: { text: text("المتحدث") }, b: { text: text("الناطق") } }));
    await new Promise((r) => setTimeout(r, 300)); // the diff is under way
    const analyses: number[] = [];
    for (let k = 0; k < 5; k++) {
      const [ms, res] = await timed(() => post("/api/analyze", { text: `أعلن الجيش الوطني الليبي بقيادة المشير خليفة حفتر ${k}.` }));
      expect(res.status).toBe(200);
      expect((await res.json()).articles[0].matches.length).toBeGreaterThan(0);
      analyses.push(ms);
    }
    expect(Math.max(...analyses)).toBeLessThan(1000);
    const [diffMs, res] = await diff;
    expect([200, 503]).toContain(res.status);
    if (res.status === 503) expect((await res.json()).error).toMatch(/took more than 5 s and was stopped/);
    // at most: waiting for a worker (bounded), its budget, and the counting and parsing around it
    expect(diffMs).toBeLessThan(QUEUE_WAIT_MS + TIME_BUDGET_MS + 3000);
    // the server, and the pool (its stopped worker replaced), still serve
    const small = await post("/api/diff", { a: { text: "قال المشير خليفة حفتر." }, b: { text: "قال اللواء المتقاعد خليفة حفتر." } });
    expect(small.status).toBe(200);
    expect((await small.json()).swaps[0].target).toBe("haftar");
  }, 60_000);

  it("refuses a body that is not UTF-8 with 400", async () => {
    const res = await fetch(`${server.url}/api/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe("body is not valid UTF-8");
  });
});
