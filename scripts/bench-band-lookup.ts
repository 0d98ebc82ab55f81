/**
 * The near-duplicate band lookup of an import batch, round 6's against round 7's, on the bands of
 * generated articles: the bands of the first ARTICLES − 2,500 articles are stored in two embedded
 * stores, every band row in one (round 6), a band's first CANDIDATES_PER_BAND articles only in the
 * other (round 7, migration 014); then the last 2,500 articles are looked up in batches of 250, by a
 * lateral search per band (round 6's query) and by `storedHolders` (one index scan), alternating, and
 * the CPU time of each is printed (least of RUNS). pglite runs in this process, so its CPU is ours.
 * `node bin/run-ts.js scripts/bench-band-lookup.ts [ARTICLES] [RUNS]` (default 10,000 and 3).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fingerprint } from "../lib/import/fingerprint";
import { binaryArray } from "../lib/store/binary-array";
import type { Db } from "../lib/store/db";
import { openEmbedded } from "../lib/store/embedded";
import { migrate } from "../lib/store/migrate";
import { CANDIDATES_PER_BAND, storedHolders } from "../lib/store/near-duplicates";
import { generateArticles } from "./corpus-gen";

const ARTICLES = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 3);
const LOOKED_UP = 2500;
const BATCH = 250;

interface BandRow {
  readonly band: number;
  readonly id: number;
}

const ROUND_6_LOOKUP = `SELECT n.id::int AS id, c.article_id::int AS candidate, count(*)::int AS shared
  FROM unnest($1::int8[], $2::int8[]) AS n(band, id)
  CROSS JOIN LATERAL (SELECT article_id FROM article_bands WHERE band = n.band AND article_id < n.id ORDER BY article_id LIMIT $3) c
  GROUP BY n.id, c.article_id`;

async function storeWith(rows: readonly BandRow[]): Promise<{ db: Db; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-bands-"));
  const db = await openEmbedded(dir, "bench-band-lookup");
  await migrate(db);
  await db.query("INSERT INTO article_bands (band, article_id) SELECT * FROM unnest($1::int8[], $2::int8[])", [
    binaryArray("int8", rows.map((r) => r.band)),
    binaryArray("int8", rows.map((r) => r.id)),
  ]);
  await db.exec("ANALYZE article_bands");
  return { db, dir };
}

const cpuMs = async (f: () => Promise<unknown>): Promise<number> => {
  const start = process.cpuUsage();
  await f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const all: BandRow[] = [];
  let id = 0;
  for (const a of generateArticles(ARTICLES)) {
    id++;
    for (const band of fingerprint(a.text).bands) all.push({ band, id });
  }
  all.sort((x, y) => x.band - y.band || x.id - y.id);
  const storedUpTo = ARTICLES - LOOKED_UP;
  const stored = all.filter((r) => r.id <= storedUpTo);
  const capped = stored.filter((r, i) => i < CANDIDATES_PER_BAND || stored[i - CANDIDATES_PER_BAND]!.band !== r.band);
  const round6 = await storeWith(stored);
  const round7 = await storeWith(capped);
  const batches = Array.from({ length: LOOKED_UP / BATCH }, (_, b) => all.filter((r) => r.id > storedUpTo + b * BATCH && r.id <= storedUpTo + (b + 1) * BATCH));
  const times = { round6: [] as number[], round7: [] as number[] };
  try {
    for (let run = 0; run < RUNS; run++) {
      times.round6.push(await cpuMs(async () => {
        for (const b of batches) await round6.db.query(ROUND_6_LOOKUP, [binaryArray("int8", b.map((r) => r.band)), binaryArray("int8", b.map((r) => r.id)), CANDIDATES_PER_BAND]);
      }));
      times.round7.push(await cpuMs(async () => {
        for (const b of batches) await storedHolders(round7.db, [...new Set(b.map((r) => r.band))]);
      }));
    }
  } finally {
    for (const s of [round6, round7]) {
      await s.db.close();
      fs.rmSync(s.dir, { recursive: true, force: true });
    }
  }
  console.log(`${ARTICLES} articles; ${LOOKED_UP} looked up in batches of ${BATCH} against the ${storedUpTo} before them`);
  console.log(`band rows stored: round 6 ${stored.length}, round 7 ${capped.length} (at most ${CANDIDATES_PER_BAND} per band)`);
  console.log(`lookup CPU, least of ${RUNS}: round 6 (a lateral search per band) ${Math.min(...times.round6).toFixed(0)} ms; round 7 (one index scan) ${Math.min(...times.round7).toFixed(0)} ms`);
  console.log(`all runs: round 6 ${times.round6.map((t) => t.toFixed(0)).join(" ")}; round 7 ${times.round7.map((t) => t.toFixed(0)).join(" ")} ms`);
}

void main();
