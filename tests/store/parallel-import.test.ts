import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { fingerprint } from "../../lib/import/fingerprint";
import type { NewArticle } from "../../lib/store";
import { generateArticles } from "../../scripts/corpus-gen";
import { bundledEngine, ROOT, seed } from "../helpers";
import { BACKENDS, newArticle, startBackend, storeOf, type OpenBackend } from "./backends";
import { closings } from "./wire-copies";

/**
 * An import written on several connections of a PostgreSQL server (lib/store/batch-writer.ts):
 * the same store as one batch after the other (ids, near-duplicate links, band holders), and
 * what a killed import left unlinked is linked by the next (migration 017).
 */
const ADASA = path.join(ROOT, "bin", "adasa.js");
const LONG = 600_000;
const wire = seed("004");

const copyText = (i: number) => `${wire.body}\n${closings[i % closings.length]!} ${"ويستمر الترقب.".repeat(1 + Math.floor(i / closings.length))}\n`;

/** Generated articles with a copy of the wire story every 15 rows (so copies land in many batches), and a few exact repeats. */
function writeCorpus(file: string): number {
  const lines: string[] = [];
  let n = 0;
  for (const a of generateArticles(360, 5)) {
    lines.push(JSON.stringify(a));
    if (n % 15 === 7) lines.push(JSON.stringify({ id: `copy-${n}`, outlet: a.outlet, date: a.date, title: `نسخة ${n}`, text: copyText(Math.floor(n / 15)) }));
    if (n % 50 === 9) lines.push(JSON.stringify({ ...a, id: `again-${n}` }));
    n++;
  }
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return lines.length;
}

describe("an import on several connections of a PostgreSQL server", () => {
  let backend: OpenBackend;
  let admin: pg.Client;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-parallel-"));
  const corpus = path.join(dir, "corpus.jsonl");
  let rows = 0;

  beforeAll(async () => {
    backend = await startBackend("server");
    admin = new pg.Client({ connectionString: backend.env.DATABASE_URL });
    await admin.connect();
    rows = writeCorpus(corpus);
  }, LONG);
  afterAll(async () => {
    await admin?.end();
    backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Imports the corpus into a database of its own with `connections`; the summary and what the store holds. */
  async function importWith(connections: number) {
    const name = `c${connections}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = backend.env.DATABASE_URL!.replace(/\/[^/]*$/, `/${name}`);
    const r = spawnSync(process.execPath, [ADASA, "import", corpus, "--batch", "20", "--connections", String(connections), "--format", "json"], {
      encoding: "utf8",
      cwd: os.tmpdir(),
      env: { ...process.env, DATABASE_URL: url },
      timeout: LONG,
    });
    expect(r.stderr).toBe("");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const q = async (sql: string) => (await client.query(sql)).rows;
      return {
        summary: JSON.parse(r.stdout),
        // outlets by name: their ids are the sequence's, taken by whichever batch names a new outlet first
        articles: await q("SELECT a.id::int, a.source_id, o.name AS outlet, a.near_duplicate_of::int AS of, a.content_hash FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id"),
        // the near-duplicate bands follow from the signatures (band-index.ts)
        signatures: await q("SELECT id::int, signature FROM articles ORDER BY id"),
        analyses: await q("SELECT a.id::int, t.target, t.mentions_all, t.naming_all FROM tallies t JOIN analyses an ON an.id = t.analysis_id JOIN articles a ON a.content_hash = an.content_hash ORDER BY 1, 2, t.resolution"),
        unlinked: await q("SELECT count(*)::int AS n FROM unlinked_articles"),
      };
    } finally {
      await client.end();
    }
  }

  it(
    "stores exactly what one connection stores: article ids in read order, the same near-duplicate links and signatures, the same analyses",
    async () => {
      const one = await importWith(1);
      const four = await importWith(4);
      expect(one.summary.imported + one.summary.duplicates).toBe(rows);
      expect(one.summary.duplicates).toBeGreaterThan(0);
      expect(one.summary.near_duplicates).toBeGreaterThan(10); // copies in many batches, linked across them
      expect(four.summary).toEqual(one.summary);
      expect(four.articles).toEqual(one.articles);
      expect(four.signatures).toEqual(one.signatures);
      expect(four.analyses).toEqual(one.analyses);
      expect(four.unlinked).toEqual([{ n: 0 }]);
    },
    LONG,
  );
});

describe.each(BACKENDS)("articles written before their links on %s PostgreSQL", (kind) => {
  const engine = bundledEngine();
  const ctx = storeOf(kind);
  const copy = (i: number): NewArticle => {
    const body = copyText(i);
    return { ...newArticle(wire), sourceId: `copy-${i}`, body, contentHash: `copy-${i}`, ...fingerprint(body) };
  };

  it("are linked by the next import as one batch after the other would have linked them (what a killed import leaves)", async () => {
    const version = await ctx.store.lexiconVersion(engine);
    const batch = await ctx.store.startBatch(["killed"]);
    // two batches committed, their link pass never run: a kill between the writes and the links
    const first = await ctx.store.addArticlesToLink(batch, [copy(0), copy(1)], [], version, undefined, await ctx.store.reserveArticleIds(2));
    const second = await ctx.store.addArticlesToLink(batch, [copy(2), copy(3)], [], version, undefined, await ctx.store.reserveArticleIds(2));
    expect([first.imported, second.imported, first.nearDuplicates + second.nearDuplicates]).toEqual([2, 2, 0]);
    expect(await ctx.store.linkLeftovers()).toBe(3);
    expect(await ctx.store.linkLeftovers()).toBe(0);
    // a later copy written one by one links to them as it would have
    expect(await ctx.store.addArticles(await ctx.store.startBatch(["next"]), [copy(4)], [], version)).toEqual({ imported: 1, duplicates: 0, nearDuplicates: 1 });
  });
});
