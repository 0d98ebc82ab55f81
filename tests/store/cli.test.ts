import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { contentHash } from "../../lib/import/fingerprint";
import { matchCountSql } from "../../lib/store/match-strings";
import { generateArticles, writeJsonl } from "../../scripts/corpus-gen";
import { ARTICLES, bundledEngine, ROOT } from "../helpers";
import { startBackend, type OpenBackend } from "./backends";

const ADASA = path.join(ROOT, "bin", "adasa.js");
const run = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync(process.execPath, [ADASA, ...args], { encoding: "utf8", cwd: os.tmpdir(), env: { ...process.env, ...env }, timeout: 600_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The contract of `adasa import --format json`. */
const ImportSummary = z.strictObject({
  imported: z.number().int(),
  duplicates: z.number().int(),
  near_duplicates: z.number().int(),
  skipped: z.array(z.strictObject({ source: z.string(), line: z.number().int().nullable(), reason: z.string() })),
});

const LONG = 600_000;

describe("adasa import, analyze --store and timeline on the embedded store", () => {
  let backend: OpenBackend;
  beforeAll(async () => {
    backend = await startBackend("embedded");
  });
  afterAll(() => backend?.stop());

  it(
    "imports a folder and an export with broken rows, then the same again adds nothing",
    () => {
      const broken = path.join(ROOT, "tests", "fixtures", "import", "broken.csv");
      const first = run(backend.env, "import", ARTICLES, broken, "--format", "json");
      expect(first.stderr).toBe("");
      const summary = ImportSummary.parse(JSON.parse(first.stdout));
      expect(first.code).toBe(1); // rows were skipped
      expect(summary.imported).toBeGreaterThanOrEqual(5);
      expect(summary.skipped.length).toBeGreaterThan(0);
      for (const s of summary.skipped) expect(s).toMatchObject({ source: broken, line: expect.any(Number) });
      const again = ImportSummary.parse(JSON.parse(run(backend.env, "import", ARTICLES, "--format", "json").stdout));
      expect(again).toEqual({ imported: 0, duplicates: 5, near_duplicates: 0, skipped: [] });
    },
    LONG,
  );

  it(
    "analyses the store in today's JSON shape, with the engine's matches",
    () => {
      const r = run(backend.env, "analyze", "--store", "--format", "json");
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as { articles: { title: string; matches: { start: number; end: number; text: string }[] }[]; outlets: unknown[]; problems: { path: string }[] };
      const fromFiles = JSON.parse(run({}, "analyze", ARTICLES, "--format", "json").stdout) as typeof json;
      for (const a of fromFiles.articles) expect(json.articles.find((s) => s.title === a.title)?.matches).toEqual(a.matches);
      expect(json.problems.some((p) => p.path.endsWith("broken.csv:4") || /broken\.csv:\d+$/.test(p.path))).toBe(true);
    },
    LONG,
  );

  it(
    "prints the time series of a target, and refuses an unknown one",
    () => {
      const r = run(backend.env, "timeline", "--store", "--target", "haftar", "--interval", "month", "--outlets", "الجزيرة نت", "--format", "json");
      expect(r.code).toBe(0);
      const t = JSON.parse(r.stdout);
      expect(t).toMatchObject({ target: "haftar", interval: "month", series: [{ outlet: "الجزيرة نت", points: [{ period: "2019-05", articles: 1, words: 481 }] }] });
      const bad = run(backend.env, "timeline", "--store", "--target", "nobody");
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/unknown target "nobody"/);
    },
    LONG,
  );

  it(
    "writes the framing report of the stored corpus, filtered",
    () => {
      const r = run(backend.env, "report", "--store", "--format", "json", "--outlets", "الجزيرة نت");
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as { articles: { id: string; outlet: string }[] };
      expect(report.articles.map((a) => a.outlet)).toEqual(["الجزيرة نت"]);
    },
    LONG,
  );

  it("says which process holds the embedded store", async () => {
    const sleeper = spawn("sleep", ["60"]);
    try {
      fs.writeFileSync(path.join(backend.env.ADASA_DATA!, "adasa.lock"), JSON.stringify({ pid: sleeper.pid, holder: "the web server" }));
      const r = run(backend.env, "import", ARTICLES, "--format", "json");
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/the web server \(process \d+\) holds .*; stop it or use DATABASE_URL/);
    } finally {
      sleeper.kill();
      fs.rmSync(path.join(backend.env.ADASA_DATA!, "adasa.lock"), { force: true });
    }
  }, LONG);
});

describe("workers and imports against a PostgreSQL server", () => {
  let backend: OpenBackend;
  let client: pg.Client;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-workers-"));
  const COUNT = 1500;
  const corpus = path.join(dir, "corpus.jsonl");
  const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);

  beforeAll(async () => {
    backend = await startBackend("server");
    await (await backend.open()).close(); // the schema, before anything polls it
    client = new pg.Client({ connectionString: backend.env.DATABASE_URL });
    await client.connect();
    writeJsonl(corpus, COUNT);
  }, LONG);
  afterAll(async () => {
    await client?.end();
    backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const waitFor = async (sql: string, atLeast: number) => {
    for (let i = 0; i < 1200 && (await count(sql)) < atLeast; i++) await new Promise((r) => setTimeout(r, 100));
  };

  it(
    "an import killed mid-way leaves whole batches, and the re-run completes it",
    async () => {
      const child = spawn(process.execPath, [ADASA, "import", corpus, "--batch", "50", "--no-analyse", "--format", "json"], { env: { ...process.env, ...backend.env }, stdio: "ignore" });
      await waitFor("SELECT count(*) AS n FROM articles", 100);
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      const before = await count("SELECT count(*) AS n FROM articles");
      expect(before % 50).toBe(0);
      expect(await count("SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analysis_jobs j WHERE j.content_hash = a.content_hash)")).toBe(0);
      const rerun = ImportSummary.parse(JSON.parse(run(backend.env, "import", corpus, "--batch", "50", "--no-analyse", "--format", "json").stdout));
      expect(rerun.imported + rerun.duplicates).toBe(COUNT);
      expect(await count("SELECT count(*) AS n FROM articles")).toBe(before + rerun.imported);
      expect(await count("SELECT count(DISTINCT content_hash) AS n FROM articles")).toBe(await count("SELECT count(*) AS n FROM articles"));
    },
    LONG,
  );

  it(
    "two workers split the queue; a worker killed mid-batch loses nothing and doubles nothing",
    async () => {
      const total = await count("SELECT count(*) AS n FROM articles");
      const killed = spawn(process.execPath, [ADASA, "worker", "--batch", "5", "--threads", "1", "--lease", "2"], { env: { ...process.env, ...backend.env }, stdio: "ignore" });
      await waitFor("SELECT count(*) AS n FROM analyses", 20);
      killed.kill("SIGKILL");
      await new Promise((r) => killed.once("exit", r));
      const worker = () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, [ADASA, "worker", "--batch", "5", "--threads", "1"], { env: { ...process.env, ...backend.env } });
          let err = "";
          child.stderr.on("data", (d) => (err += d));
          child.on("exit", () => resolve(err));
        });
      const reports = await Promise.all([worker(), worker()]);
      const analysed = reports.map((r) => Number(/analysed (\d+)/.exec(r)?.[1] ?? "NaN"));
      expect(analysed.every((n) => n > 0)).toBe(true);
      expect(await count("SELECT count(*) AS n FROM analyses")).toBe(total);
      expect(await count("SELECT count(*) AS n FROM analysis_jobs")).toBe(0);

      // every stored analysis is whole: the engine's own match count for that text, no more, no less
      const engine = bundledEngine();
      const expected = new Map<string, number>();
      for (const a of generateArticles(COUNT)) expected.set(contentHash(a.text), analyzeText(engine, a.text).matches.length);
      const stored = (await client.query(`SELECT an.content_hash, ${matchCountSql("an")} AS n FROM analyses an`)).rows;
      for (const row of stored) expect([row.content_hash, Number(row.n)]).toEqual([row.content_hash, expected.get(row.content_hash)]);
    },
    LONG,
  );
});

describe("an import that analyses as it reads, killed mid-way, on a PostgreSQL server", () => {
  let backend: OpenBackend;
  let client: pg.Client;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-import-kill-"));
  const COUNT = 600;
  const corpus = path.join(dir, "corpus.jsonl");
  const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);

  beforeAll(async () => {
    backend = await startBackend("server");
    await (await backend.open()).close();
    client = new pg.Client({ connectionString: backend.env.DATABASE_URL });
    await client.connect();
    writeJsonl(corpus, COUNT, 11);
  }, LONG);
  afterAll(async () => {
    await client?.end();
    backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    "leaves whole batches with their analyses; the re-run completes it with every analysis whole, none twice",
    async () => {
      const child = spawn(process.execPath, [ADASA, "import", corpus, "--batch", "50", "--format", "json"], { env: { ...process.env, ...backend.env }, stdio: "ignore" });
      for (let i = 0; i < 1200 && (await count("SELECT count(*) AS n FROM articles")) < 100; i++) await new Promise((r) => setTimeout(r, 100));
      child.kill("SIGKILL");
      const [, signal] = (await new Promise((r) => child.once("exit", (...a) => r(a)))) as [number | null, string | null];
      expect(signal).toBe("SIGKILL"); // killed mid-way, not finished
      const before = await count("SELECT count(*) AS n FROM articles");
      expect(before % 50).toBe(0);
      expect(before).toBeLessThan(COUNT);
      // each batch was saved with its analyses: nothing stored is left unanalysed, nothing was queued
      expect(await count("SELECT count(*) AS n FROM analyses")).toBe(before);
      expect(await count("SELECT count(*) AS n FROM analysis_jobs")).toBe(0);
      // the killed import's analyses wait in the summary's backlog (migration 010), not half summed
      expect(await count("SELECT count(*) AS n FROM summary_backlog")).toBe(before);

      const rerun = ImportSummary.parse(JSON.parse(run(backend.env, "import", corpus, "--batch", "50", "--format", "json").stdout));
      expect(rerun.imported + rerun.duplicates).toBe(COUNT);
      expect(rerun.imported).toBe(COUNT - before);
      // the re-run folded the backlog once at its end: the summary holds every article once
      expect(await count("SELECT count(*) AS n FROM summary_backlog")).toBe(0);
      const store = await backend.open();
      try {
        const version = await store.lexiconVersion(bundledEngine());
        expect(await store.outletCounts(version, {}, "summary")).toEqual(await store.outletCounts(version, {}, "articles"));
        expect((await store.outletCounts(version)).reduce((n, o) => n + o.articles, 0)).toBe(COUNT);
      } finally {
        await store.close();
      }
      const stored = await count("SELECT count(*) AS n FROM articles");
      expect(stored).toBe(COUNT);
      // the batches were written on several connections: what the kill left unlinked was linked by the re-run (migration 017)
      expect(await count("SELECT count(*) AS n FROM unlinked_articles")).toBe(0);
      expect(await count("SELECT count(*) AS n FROM analyses")).toBe(stored);
      expect(await count("SELECT count(*) AS n FROM analysis_jobs")).toBe(0);
      const engine = bundledEngine();
      const expected = new Map<string, number>();
      for (const a of generateArticles(COUNT, 11)) expected.set(contentHash(a.text), analyzeText(engine, a.text).matches.length);
      const rows = (await client.query(`SELECT an.content_hash, ${matchCountSql("an")} AS n FROM analyses an`)).rows;
      for (const row of rows) expect([row.content_hash, Number(row.n)]).toEqual([row.content_hash, expected.get(row.content_hash)]);
    },
    LONG,
  );
});
