import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers";
import { BACKENDS, startBackend, type OpenBackend } from "./backends";

/**
 * Round 4 of issue 7 through the real command: analyses made on import and by `adasa worker` read
 * each article in its era (embedded store), and an unchanged export is recognised whole (both stores).
 * The sentences are written for these tests.
 */
const ADASA = path.join(ROOT, "bin", "adasa.js");
const LONG = 600_000;
const run = (env: Record<string, string>, ...args: string[]) => {
  const r = spawnSync(process.execPath, [ADASA, ...args], { encoding: "utf8", cwd: os.tmpdir(), env: { ...process.env, ...env }, timeout: LONG });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** «الحكومة الموازية» named the House's eastern cabinet before 2021 and Bashagha's (then Hammad's) government from 2022. */
const DATED_CSV = [
  "id,outlet,date,text",
  'e-2016,صحيفة المرصد,2016-06-01,"ورفضت الحكومة الموازية قرار المصرف المركزي بشأن رواتب الموظفين في مدن الشرق."',
  'e-2024,صحيفة المرصد,2024-08-10,"ورفضت الحكومة الموازية قرار المصرف المركزي بشأن ميزانية البلديات في مدن الجنوب."',
].join("\n");

interface StoredArticle {
  id: string;
  matches: { text: string; target: string }[];
}

const parallelTargets = (env: Record<string, string>) => {
  const r = run(env, "analyze", "--store", "--format", "json");
  expect(r.code).toBe(0);
  const { articles } = JSON.parse(r.stdout) as { articles: StoredArticle[] };
  return Object.fromEntries(articles.map((a) => [a.id, a.matches.filter((m) => m.text === "الحكومة الموازية").map((m) => m.target)]));
};

describe("store analyses are read in their era", () => {
  const backends: OpenBackend[] = [];
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-era-"));
    fs.writeFileSync(path.join(dir, "dated.csv"), `${DATED_CSV}\n`);
  });
  afterAll(() => {
    for (const b of backends) b.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    "on import (analysed as it is read) and by adasa worker (queued with --no-analyse), the same article text names another actor by its date",
    async () => {
      const onImport = await startBackend("embedded");
      const byWorker = await startBackend("embedded");
      backends.push(onImport, byWorker);
      expect(run(onImport.env, "import", path.join(dir, "dated.csv"), "--format", "json").code).toBe(0);
      expect(run(byWorker.env, "import", path.join(dir, "dated.csv"), "--no-analyse", "--format", "json").code).toBe(0);
      expect(run(byWorker.env, "worker", "--batch", "1").code).toBe(0);
      for (const env of [onImport.env, byWorker.env]) expect(parallelTargets(env)).toEqual({ "e-2016": ["hor"], "e-2024": ["gns"] });
    },
    LONG,
  );
});

describe.each(BACKENDS)("re-importing an export on %s PostgreSQL", (kind) => {
  let backend: OpenBackend;
  let dir: string;
  beforeAll(async () => {
    backend = await startBackend(kind);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-reimport-"));
  }, 120_000);
  afterAll(() => {
    backend?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    "unchanged, reports its rows as duplicates and its problems again; changed, or read with other options, reads it row by row",
    () => {
      const csv = path.join(dir, "export.csv");
      fs.writeFileSync(csv, `${DATED_CSV}\ne-empty,صحيفة المرصد,2020-01-01,""\n`);
      const first = JSON.parse(run(backend.env, "import", csv, "--format", "json").stdout);
      const skipped = [{ source: csv, line: 4, reason: 'empty text (column "text")' }];
      expect(first).toEqual({ imported: 2, duplicates: 0, near_duplicates: 0, skipped });
      const again = run(backend.env, "import", csv, "--format", "json");
      expect(again.code).toBe(1); // rows skipped, as the first time
      expect(JSON.parse(again.stdout)).toEqual({ imported: 0, duplicates: 2, near_duplicates: 0, skipped });
      // a row added: the file is read again, and only the new row is imported
      fs.appendFileSync(csv, 'e-new,صحيفة المرصد,2023-03-03,"وقالت الحكومة منتهية الولاية إنها باقية حتى الانتخابات."\n');
      expect(JSON.parse(run(backend.env, "import", csv, "--format", "json").stdout)).toEqual({ imported: 1, duplicates: 2, near_duplicates: 0, skipped });
      // other read options: what the rows become may differ, so the file is read again
      expect(JSON.parse(run(backend.env, "import", csv, "--outlet", "أخرى", "--format", "json").stdout)).toEqual({ imported: 0, duplicates: 3, near_duplicates: 0, skipped });
      expect(JSON.parse(run(backend.env, "import", csv, "--format", "json").stdout)).toEqual({ imported: 0, duplicates: 3, near_duplicates: 0, skipped });
    },
    LONG,
  );
});
