import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { openStore } from "../../lib/store";
import { writeCsv, writeJsonl } from "../../scripts/corpus-gen";
import { bundledEngine, ROOT } from "../helpers";

/**
 * One embedded store, two processes: a holder (the web server's open function,
 * tests/store/holder.ts) serves its data folder on a socket, and `adasa`
 * commands go through it. Real processes, real store; every process started
 * here is stopped, also on failure.
 */
const ADASA = path.join(ROOT, "bin", "adasa.js");
const RUN_TS = path.join(ROOT, "bin", "run-ts.js");
const LONG = 600_000;
const SHARED = /using the store held by the test holder \(pid (\d+)\) through its socket/;

const ImportSummary = z.object({ imported: z.number().int(), duplicates: z.number().int(), near_duplicates: z.number().int(), skipped: z.array(z.unknown()) });

const started = new Set<ChildProcess>();
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});
const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r)));

const temporary = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const dataDir = () => {
  const d = temporary("adasa-share-");
  dirs.push(d);
  return d;
};
const scratch = temporary("adasa-share-files-");
dirs.push(scratch);

interface Command {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** `adasa ARGS` on the store of `data`, run in the background. */
function adasa(data: string, ...args: string[]): Command {
  const child = spawn(process.execPath, [ADASA, ...args], { cwd: os.tmpdir(), env: { ...process.env, ADASA_DATA: data, DATABASE_URL: "" } });
  started.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

interface Holder {
  readonly pid: number;
  /** Every article count the holder read in its own process, in order. */
  readonly counts: number[];
  /** Resolves when the holder has read at least `n` articles. */
  reached(n: number): Promise<void>;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

/** Starts the holder on `data` (no corpus folder of its own) and waits until it serves the store. */
async function startHolder(data: string): Promise<Holder> {
  const articles = temporary("adasa-share-articles-");
  dirs.push(articles);
  const child = spawn(process.execPath, [RUN_TS, path.join(ROOT, "tests", "store", "holder.ts")], {
    cwd: ROOT,
    env: { ...process.env, ADASA_DATA: data, ADASA_ARTICLES: articles, DATABASE_URL: "" },
  });
  started.add(child);
  const counts: number[] = [];
  const waiting: { n: number; resolve: () => void }[] = [];
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const ready = new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the holder exited (${code}) before it was ready: ${stderr}`)));
    let buffer = "";
    child.stdout!.on("data", (d) => {
      buffer += d;
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === "ready") resolve();
        const count = /^articles (\d+)$/.exec(line);
        if (!count) continue;
        counts.push(Number(count[1]));
        for (const w of waiting.filter((w) => Number(count[1]) >= w.n)) w.resolve();
      }
    });
  });
  await ready;
  return {
    pid: child.pid!,
    counts,
    reached: (n) => (counts.some((c) => c >= n) ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }))),
    stop: async () => {
      child.kill("SIGTERM");
      await exited(child);
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}

/** A plain pg client on the holder's socket, as the lock file names it. */
async function socketClient(data: string): Promise<pg.Client> {
  const lock = z.object({ socket: z.object({ host: z.string(), port: z.number() }) }).parse(JSON.parse(fs.readFileSync(path.join(data, "adasa.lock"), "utf8")));
  const client = new pg.Client({ ...lock.socket, user: "postgres", database: "postgres" });
  await client.connect();
  return client;
}
const countOf = async (client: pg.Client, sql: string) => Number((await client.query(sql)).rows[0].n);

describe("the CLI through the socket of the process holding the embedded store", () => {
  const data = dataDir();
  let holder: Holder;
  beforeAll(async () => {
    holder = await startHolder(data);
  }, LONG);
  afterAll(() => holder?.stop());

  it(
    "imports a CSV through the holder, says so, and importing it again adds nothing",
    async () => {
      const csv = path.join(scratch, "export.csv");
      writeCsv(csv, 120, 11);
      // served on a Unix socket in a folder of the data folder, both for this user only
      expect(fs.statSync(path.join(data, "socket")).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(data, "socket", ".s.PGSQL.5432")).mode & 0o777).toBe(0o600);
      const first = await adasa(data, "import", csv, "--format", "json").done;
      expect(first.stderr).toMatch(SHARED);
      expect(Number(SHARED.exec(first.stderr)![1])).toBe(holder.pid);
      expect(first.code).toBe(0);
      const summary = ImportSummary.parse(JSON.parse(first.stdout));
      expect(summary.imported).toBe(120);
      await holder.reached(120); // the holder's own reads see them, without a restart

      const again = await adasa(data, "import", csv, "--format", "json").done;
      expect(again.code).toBe(0);
      expect(ImportSummary.parse(JSON.parse(again.stdout))).toMatchObject({ imported: 0, duplicates: 120 });

      // the analyses the CLI saved through the socket are the store's: analyze --store lists every article with its matches
      const analysed = await adasa(data, "analyze", "--store", "--format", "json").done;
      expect(analysed.code).toBe(0);
      const json = JSON.parse(analysed.stdout) as { articles: { matches: unknown[] }[] };
      expect(json.articles).toHaveLength(120);
      expect(json.articles.filter((a) => a.matches.length > 0).length).toBeGreaterThan(60);
    },
    LONG,
  );

  it(
    "an import and readers in both processes at once: the holder never sees half a batch, readers all answer",
    async () => {
      const before = holder.counts.at(-1)!;
      const jsonl = path.join(scratch, "concurrent.jsonl");
      writeJsonl(jsonl, 600, 12);
      const seenFrom = holder.counts.length;
      const importing = adasa(data, "import", jsonl, "--batch", "50", "--no-analyse", "--format", "json");
      const readers = [adasa(data, "timeline", "--store", "--target", "haftar", "--format", "json"), adasa(data, "report", "--store", "--format", "json", "--to", "2015-01-01")];
      const [imported, ...read] = await Promise.all([importing.done, ...readers.map((r) => r.done)]);
      expect(imported.code).toBe(0);
      expect(ImportSummary.parse(JSON.parse(imported.stdout)).imported).toBe(600);
      for (const r of read) {
        expect(r.stderr).toMatch(SHARED);
        expect(r.code).toBe(0);
        expect(() => JSON.parse(r.stdout)).not.toThrow();
      }
      await holder.reached(before + 600);
      // each batch is one transaction: between them, the holder's reads see whole batches of 50
      const seen = holder.counts.slice(seenFrom).map((c) => c - before);
      expect(seen.length).toBeGreaterThan(1);
      for (const n of seen) expect([n, n % 50]).toEqual([n, 0]);
    },
    LONG,
  );

  it(
    "kill -9 of an import through the socket leaves whole batches, the holder goes on, and the re-run completes it",
    async () => {
      const before = holder.counts.at(-1)!;
      const jsonl = path.join(scratch, "killed.jsonl");
      writeJsonl(jsonl, 600, 13);
      const importing = adasa(data, "import", jsonl, "--batch", "50", "--no-analyse", "--format", "json");
      await holder.reached(before + 100);
      importing.child.kill("SIGKILL");
      await importing.done;

      const client = await socketClient(data);
      try {
        const after = await countOf(client, "SELECT count(*) AS n FROM articles");
        expect((after - before) % 50).toBe(0);
        // every article came with its analysis job, in its batch's transaction
        expect(await countOf(client, "SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analysis_jobs j WHERE j.content_hash = a.content_hash) AND NOT EXISTS (SELECT 1 FROM analyses an WHERE an.content_hash = a.content_hash)")).toBe(0);
        const rerun = await adasa(data, "import", jsonl, "--batch", "50", "--no-analyse", "--format", "json").done;
        expect(rerun.code).toBe(0);
        const summary = ImportSummary.parse(JSON.parse(rerun.stdout));
        expect(summary.imported + summary.duplicates).toBe(600);
        expect(summary.duplicates).toBe(after - before);
        expect(await countOf(client, "SELECT count(*) AS n FROM articles")).toBe(before + 600);
        expect(await countOf(client, "SELECT count(DISTINCT content_hash) AS n FROM articles")).toBe(before + 600);
        await holder.reached(before + 600);
      } finally {
        await client.end();
      }
    },
    LONG,
  );
});

it(
  "a data folder too deep for a Unix socket is served on 127.0.0.1, and the CLI goes through it there",
  async () => {
    const deep = path.join(dataDir(), "a-folder-whose-name-is-long-enough".repeat(3));
    const store = await openStore("this test", { ADASA_DATA: deep, DATABASE_URL: "" }, { serve: true });
    try {
      const lock = JSON.parse(fs.readFileSync(path.join(deep, "adasa.lock"), "utf8"));
      expect(lock).toMatchObject({ pid: process.pid, holder: "this test", socket: { host: "127.0.0.1", port: expect.any(Number) } });
      const csv = path.join(scratch, "deep.csv");
      writeCsv(csv, 30, 16);
      // run in the background: this process serves the socket meanwhile
      const r = await adasa(deep, "import", csv, "--no-analyse", "--format", "json").done;
      expect(r.stderr).toMatch(new RegExp(`using the store held by this test \\(pid ${process.pid}\\) through its socket`));
      expect(ImportSummary.parse(JSON.parse(r.stdout)).imported).toBe(30);
      expect((await store.overview(await store.lexiconVersion(bundledEngine()))).articles).toBe(30);
    } finally {
      await store.close();
    }
    expect(fs.existsSync(path.join(deep, "adasa.lock"))).toBe(false);
  },
  LONG,
);

describe("when the holder goes away or serves no socket", () => {
  it(
    "killing the holder mid-import gives the CLI a clear error, and the next import opens the store itself",
    async () => {
      const data = dataDir();
      const holder = await startHolder(data);
      const jsonl = path.join(scratch, "orphaned.jsonl");
      writeJsonl(jsonl, 600, 14);
      const importing = adasa(data, "import", jsonl, "--batch", "50", "--no-analyse", "--format", "json");
      await holder.reached(100);
      await holder.kill();
      const r = await importing.done;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/adasa: lost the store held by the test holder \(process \d+\) in .*; what was not committed was not written: run the command again/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace

      const rerun = await adasa(data, "import", jsonl, "--batch", "50", "--no-analyse", "--format", "json").done;
      expect(rerun.stderr).not.toMatch(SHARED);
      expect(rerun.code).toBe(0);
      const summary = ImportSummary.parse(JSON.parse(rerun.stdout));
      expect(summary.imported + summary.duplicates).toBe(600);
      expect(summary.duplicates % 50).toBe(0);
    },
    LONG,
  );

  it(
    "an import holding the store serves no socket: a second import is told who holds it and what to do",
    async () => {
      const data = dataDir();
      const jsonl = path.join(scratch, "held.jsonl");
      writeJsonl(jsonl, 3000, 15);
      const first = adasa(data, "import", jsonl, "--batch", "50", "--no-analyse", "--format", "json");
      try {
        const lock = path.join(data, "adasa.lock");
        for (let i = 0; i < 600 && !fs.existsSync(lock); i++) await new Promise((r) => setTimeout(r, 100));
        const second = await adasa(data, "import", jsonl, "--format", "json").done;
        expect(second.code).toBe(1);
        expect(second.stderr).toMatch(new RegExp(`^adasa: adasa import \\(process ${first.child.pid}\\) holds .*; stop it or use DATABASE_URL \\(a PostgreSQL server\\) to share the store\\n$`));
        expect(second.stdout).toBe("");
      } finally {
        first.child.kill("SIGKILL");
        await first.done;
      }
    },
    LONG,
  );
});
