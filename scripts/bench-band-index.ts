/**
 * The near-duplicate band index read from a store (what an import's first batch does in a fresh
 * process): wall and this process's CPU of a new BandIndex's catch-up over every stored signature,
 * least of RUNS, and the store's near-duplicate links hashed (sha256 of the sorted
 * `id:near_duplicate_of` lines), to compare two branches' stores. The store is DATABASE_URL, else
 * ADASA_DATA (on an embedded store the CPU includes pglite's own work, on this thread).
 *
 *   ADASA_DATA=DIR node bin/run-ts.js scripts/bench-band-index.ts [RUNS]
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { BandIndex } from "../lib/store/band-index";
import type { Db } from "../lib/store/db";
import { openEmbedded } from "../lib/store/embedded";
import { CANDIDATES_PER_BAND } from "../lib/store/near-duplicates";
import { openServer } from "../lib/store/server";

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const db: Db = process.env.DATABASE_URL ? await openServer(process.env.DATABASE_URL) : await openEmbedded(path.resolve(process.env.ADASA_DATA ?? "data"), "bench-band-index");
  try {
    const links = await db.query<{ id: string; near: string }>("SELECT id::text AS id, near_duplicate_of::text AS near FROM articles WHERE near_duplicate_of IS NOT NULL ORDER BY id");
    const [count] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    const hash = createHash("sha256").update(links.map((l) => `${l.id}:${l.near}\n`).join("")).digest("hex");
    console.log(`${count!.n} articles, ${links.length} near-duplicate links, sha256 ${hash}`);
    const times: { wall: number; cpu: number }[] = [];
    for (let r = 0; r < runs; r++) {
      const index = new BandIndex(CANDIDATES_PER_BAND);
      const cpu = process.cpuUsage();
      const started = performance.now();
      await db.transaction((tx) => index.catchUp(tx, []));
      const used = process.cpuUsage(cpu);
      times.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
    }
    const least = (k: "wall" | "cpu") => Math.min(...times.map((t) => t[k])).toFixed(0);
    console.log(`index read from the store: least of ${runs}: ${least("wall")} ms wall, ${least("cpu")} ms CPU (this process); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await db.close();
  }
}

void main();
