/**
 * What reading an embedded store's analysed articles back costs (what `analyze --store` and the
 * report's passages do, lib/store/results.ts), with pglite's own bytea parser (parseInt on every
 * pair of hex digits) and with the store's (lib/store/pglite-session.ts, one Buffer.write): the
 * same store opened again for each run, the two alternating, CPU time of this process (pglite runs
 * in it), least of --runs, and the ratio. Reads the store in DIR (made by `adasa import`; no other
 * process may have it open):
 *
 *   node bin/run-ts.js scripts/bench-store-read.ts --data DIR [--runs 3] [--page 200]
 */
import os from "node:os";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import type { Sql } from "../lib/store/db";
import { BYTEA_PARSERS } from "../lib/store/pglite-session";
import { readResults } from "../lib/store/results";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const DATA = arg("data", "");
const RUNS = Number(arg("runs", "3"));
const PAGE = Number(arg("page", "200"));

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

/** Reads every analysed article of the store once; its CPU seconds and the number of matches seen (the two must agree). */
async function readAll(options: PGliteOptions): Promise<{ seconds: number; articles: number; matches: number }> {
  const pg = await PGlite.create(DATA, options);
  try {
    const db: Sql = { query: async (text, params = []) => (await pg.query<never>(text, [...params])).rows, exec: async (text) => void (await pg.exec(text)) };
    const [latest] = await db.query<{ v: number }>("SELECT max(lexicon_version) AS v FROM analyses");
    const started = process.cpuUsage();
    let articles = 0;
    let matches = 0;
    for await (const { analysis } of readResults(db, latest!.v, {}, PAGE)) {
      articles++;
      matches += analysis.matches.length;
    }
    return { seconds: cpuSeconds(started), articles, matches };
  } finally {
    await pg.close();
  }
}

async function main(): Promise<void> {
  if (!DATA) throw new Error("bench-store-read: give --data DIR, an embedded store made by adasa import");
  const arms = { "pglite's bytea parser": {}, "the store's (Buffer.write)": { parsers: BYTEA_PARSERS } } satisfies Record<string, PGliteOptions>;
  const least = new Map<string, number>();
  let seen: string | undefined;
  console.log(`store ${DATA}, pages of ${PAGE}, ${RUNS} runs each, alternating; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  for (let run = 1; run <= RUNS; run++) {
    for (const [name, options] of Object.entries(arms)) {
      const r = await readAll(options);
      const what = `${r.articles} articles, ${r.matches} matches`;
      if (seen && seen !== what) throw new Error(`bench-store-read: ${name} read ${what}, the other ${seen}`);
      seen = what;
      least.set(name, Math.min(least.get(name) ?? Infinity, r.seconds));
      console.log(`run ${run}  ${name.padEnd(28)} ${r.seconds.toFixed(2).padStart(7)} s CPU  (${what})`);
    }
  }
  const [base, ours] = [...least.values()];
  console.log(`least CPU: ${[...least].map(([n, s]) => `${n} ${s.toFixed(2)} s`).join(", ")}; ratio ${(ours! / base!).toFixed(3)}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
