import pg from "pg";
import { listArticleFiles, loadArticles } from "../../lib/corpus/load";
import type { Article } from "../../lib/corpus/schema";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import { ARTICLES, bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf } from "./backends";

/**
 * The data version (migration 009) that the web server's remembered answers are keyed by: it
 * moves on with every write a page shows, in the writer's transaction, and not with reads or a
 * write that was rolled back; on both backends.
 */
const seeds: Article[] = [];
for (const loaded of loadArticles(listArticleFiles([ARTICLES]).files)) if ("article" in loaded) seeds.push(loaded.article);
const engine = bundledEngine();

describe.each(BACKENDS)("the data version on %s PostgreSQL", (kind) => {
  const ctx = storeOf(kind);

  it("moves on with an import, its analyses and an outlet edit, never with a read", async () => {
    const version = await ctx.store.lexiconVersion(engine);
    const seen = [await ctx.store.dataVersion()];
    const moved = async () => {
      const now = await ctx.store.dataVersion();
      expect(BigInt(now)).toBeGreaterThan(BigInt(seen[seen.length - 1]!));
      seen.push(now);
    };

    await ctx.store.addArticles(await ctx.store.startBatch(["seeds"]), seeds.map(newArticle), [], version);
    await moved();
    await ctx.store.outletCounts(version, {});
    await ctx.store.timeline(version, { target: "haftar" });
    expect(await ctx.store.dataVersion()).toBe(seen[seen.length - 1]);

    await analyzeQueued(ctx.store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 50, leaseSeconds: 60, lanes: 1 });
    await moved();
    expect(await ctx.store.updateOutlet({ name: seeds[0]!.outlet, name_en: "An outlet", country: "LY", group: "camp-a" })).toBe(true);
    await moved();
  }, 120_000);

  it("stays where it was when the write is rolled back", async () => {
    const version = await ctx.store.lexiconVersion(engine);
    const before = await ctx.store.dataVersion();
    // the same article under a new content hash and an outlet that cannot be stored (NUL): the batch fails as a whole
    const broken = { ...newArticle(seeds[0]!), contentHash: "f".repeat(64), outlet: "bad\u0000outlet" };
    await expect(ctx.store.addArticles(await ctx.store.startBatch(["broken"]), [broken], [], version)).rejects.toThrow();
    expect(await ctx.store.dataVersion()).toBe(before);
  }, 120_000);

  // migration 012: a row per transaction's slot, so writers on a server do not wait for each other's
  // commit (embedded PostgreSQL is one session: its writers take turns whatever the counter)
  if (kind === "server")
    it("lets two writers on a server move it on at once, neither waiting for the other", async () => {
    const before = BigInt(await ctx.store.dataVersion());
    const url = ctx.backend.env.DATABASE_URL!;
    const clients = [new pg.Client(url), new pg.Client(url)];
    try {
      for (const c of clients) await c.connect();
      // two transactions whose counter rows differ (one pair in 16 shares a row, and then waits)
      const slots: number[] = [];
      for (const c of clients) {
        for (;;) {
          await c.query("BEGIN");
          const slot = Number((await c.query<{ slot: string }>("SELECT (txid_current() % 16)::text AS slot")).rows[0]!.slot);
          if (!slots.includes(slot)) {
            slots.push(slot);
            break;
          }
          await c.query("ROLLBACK");
        }
      }
      await clients[0]!.query("INSERT INTO outlets (name) VALUES ('منصة أولى')");
      // with 009's single row this waited for the first transaction to end: here it must not
      await clients[1]!.query("SET LOCAL lock_timeout = '5s'");
      await clients[1]!.query("INSERT INTO outlets (name) VALUES ('منصة ثانية')");
      await clients[1]!.query("COMMIT");
      const between = BigInt(await ctx.store.dataVersion());
      expect(between).toBeGreaterThan(before);
      await clients[0]!.query("COMMIT");
      expect(BigInt(await ctx.store.dataVersion())).toBeGreaterThan(between);
    } finally {
      for (const c of clients) await c.end().catch(() => undefined);
    }
  }, 120_000);
});
