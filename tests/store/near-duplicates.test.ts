import fs from "node:fs";
import { fingerprint, lshBands } from "../../lib/import/fingerprint";
import { BandIndex } from "../../lib/store/band-index";
import type { Db } from "../../lib/store/db";
import { openEmbedded } from "../../lib/store/embedded";
import { migrationFiles } from "../../lib/store/migrate";
import { CANDIDATES_PER_BAND } from "../../lib/store/near-duplicates";
import { openServer } from "../../lib/store/server";
import type { NewArticle } from "../../lib/store";
import { bundledEngine, seed } from "../helpers";
import { BACKENDS, newArticle, startBackend, storeOf, type OpenBackend } from "./backends";
import { closings } from "./wire-copies";

/**
 * Near-duplicate links through the store on both backends: a rewrite of a stored wire copy is linked
 * to it, in the same batch or a later one; a band is held by its first CANDIDATES_PER_BAND articles
 * only (migration 014's rule, derived from the stored signatures since 016), and a copy is still linked when its wire story has more copies than that.
 */
const engine = bundledEngine();
const wire = seed("004");
const other = seed("001");


/** The wire story lightly edited: another name for the offensive, and one closing line of our own. */
const copy = (i: number): NewArticle => {
  const body = `${wire.body.replaceAll("هجوم حفتر", "عدوان حفتر")}\n${closings[i]!}\n`;
  return withPrint({ ...newArticle(wire), sourceId: `copy-${i}`, body, contentHash: `copy-${i}` });
};
const withPrint = (a: NewArticle): NewArticle => ({ ...a, ...fingerprint(a.body) });

/** Opens the backend's database itself, for what the Store does not answer (links, the stored signatures). */
async function withDb<T>(backend: OpenBackend, f: (db: Db) => Promise<T>): Promise<T> {
  const db = backend.env.DATABASE_URL ? await openServer(backend.env.DATABASE_URL) : await openEmbedded(backend.env.ADASA_DATA!, "a test");
  try {
    return await f(db);
  } finally {
    await db.close();
  }
}

describe.each(BACKENDS)("near-duplicate links on %s PostgreSQL", (kind) => {
  let version = 0;
  const ctx = storeOf(kind, async (store) => {
    version = await store.lexiconVersion(engine);
  });

  it("links rewrites of a stored wire copy to an earlier copy, in the batch and across batches, and keeps a band's first articles only", async () => {
    const first = await ctx.store.addArticles(await ctx.store.startBatch(["a"]), [withPrint(newArticle(wire)), withPrint(newArticle(other)), copy(0), copy(1)], [], version);
    expect(first).toEqual({ imported: 4, duplicates: 0, nearDuplicates: 2 });
    // more copies than a band keeps: the later ones still find the earliest holders
    const later = Array.from({ length: closings.length - 2 }, (_, i) => copy(i + 2));
    const second = await ctx.store.addArticles(await ctx.store.startBatch(["b"]), later, [], version);
    expect(second).toEqual({ imported: later.length, duplicates: 0, nearDuplicates: later.length });
    await ctx.store.close();
    const { links, holders } = await withDb(ctx.backend, async (db) => ({
      links: await db.query<{ source_id: string; id: number; of: number | null }>("SELECT source_id, id::int AS id, near_duplicate_of::int AS of FROM articles ORDER BY id"),
      holders: await db.transaction(async (tx) => {
        // what another process derives from the stored signatures
        const index = new BandIndex(CANDIDATES_PER_BAND);
        await index.catchUp(tx, []);
        const stored = await tx.query<{ id: number; signature: string }>("SELECT id::int AS id, signature FROM articles ORDER BY id");
        const all = new Map<number, number[]>();
        for (const r of stored) for (const band of lshBands(r.signature.split(",").map(Number))) all.set(band, [...(all.get(band) ?? []), r.id]);
        return [...all].map(([band, ids]) => ({ held: index.holders(band), first: ids.slice(0, CANDIDATES_PER_BAND) }));
      }),
    }));
    ctx.store = await ctx.backend.open();
    const byId = new Map(links.map((l) => [l.id, l.source_id]));
    expect(links.filter((l) => l.of === null).map((l) => l.source_id)).toEqual([wire.id, other.id]);
    for (const l of links.filter((l) => l.of !== null)) {
      expect(l.source_id).toMatch(/^copy-/);
      expect(l.of).toBeLessThan(l.id);
      expect([wire.id, ...closings.map((_, i) => `copy-${i}`)]).toContain(byId.get(l.of!));
    }
    // every band is held by its earliest articles, at most CANDIDATES_PER_BAND of them (a band the copies share has more)
    expect(Math.max(...holders.map((h) => h.held.length))).toBe(CANDIDATES_PER_BAND);
    for (const h of holders) expect(h.held).toEqual(h.first);
  });

  it("links a rewrite imported by another process (its bands read from the stored signatures) to the same earlier copy", async () => {
    const batch = await ctx.store.startBatch(["c"]);
    const body = `${wire.body.replaceAll("هجوم حفتر", "عدوان حفتر")}\nوأعلنت السلطات المحلية حظر التجول في عدد من الأحياء.\n`;
    const late = withPrint({ ...newArticle(wire), sourceId: "copy-late", body, contentHash: "copy-late" });
    expect(await ctx.store.addArticles(batch, [late], [], version)).toEqual({ imported: 1, duplicates: 0, nearDuplicates: 1 });
    await ctx.store.close();
    const links = await withDb(ctx.backend, (db) => db.query<{ source_id: string; of: string }>("SELECT a.source_id, b.source_id AS of FROM articles a JOIN articles b ON b.id = a.near_duplicate_of WHERE a.source_id IN ('copy-late', 'copy-0')"));
    ctx.store = await ctx.backend.open();
    // the store was opened again before this test's import: its index started empty and read every stored signature
    expect([wire.id, ...closings.map((_, i) => `copy-${i}`)]).toContain(new Map(links.map((l) => [l.source_id, l.of])).get("copy-late"));
  });
});

/** Applies the migrations `from`..`to` as the store does, recording each. */
async function applyMigrations(db: Db, from: number, to: number): Promise<void> {
  for (const { version, file } of migrationFiles().filter((m) => m.version >= from && m.version <= to)) {
    await db.exec(fs.readFileSync(file, "utf8"));
    await db.query("INSERT INTO schema_version (version) VALUES ($1)", [version]);
  }
}

describe.each(BACKENDS)("migration 014 on %s PostgreSQL", (kind) => {
  it("keeps each band's first 8 articles and drops the rows of later ones", async () => {
    const backend = await startBackend(kind);
    try {
      const kept = await withDb(backend, async (db) => {
        // a new embedded store is copied from a template that holds the schema already (lib/store/embedded-template.ts)
        await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        await db.exec("CREATE TABLE schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        await applyMigrations(db, 1, 13);
        // band 5: twelve holders written out of order; band 7: three; band 2⁴⁰ + 1: one
        const rows = [...[12, 3, 1, 9, 2, 11, 4, 10, 5, 6, 8, 7].map((id) => [5, id]), [7, 3], [7, 1], [7, 2], [2 ** 40 + 1, 4]];
        await db.query("INSERT INTO article_bands (band, article_id) SELECT * FROM unnest($1::int8[], $2::int8[])", [rows.map((r) => String(r[0])), rows.map((r) => String(r[1]))]);
        await applyMigrations(db, 14, 14);
        return db.query<{ band: string; ids: number[] }>("SELECT band::text AS band, array_agg(article_id::int ORDER BY article_id) AS ids FROM article_bands GROUP BY article_bands.band ORDER BY article_bands.band");
      });
      expect(kept).toEqual([
        { band: "5", ids: [1, 2, 3, 4, 5, 6, 7, 8] },
        { band: "7", ids: [1, 2, 3] },
        { band: String(2 ** 40 + 1), ids: [4] },
      ]);
      // the store opens it as it is: nothing left to migrate
      const store = await backend.open();
      await store.close();
    } finally {
      backend.stop();
    }
  }, 300_000);
});
