/**
 * What an analysis record costs beyond the engine (issue 7): `analyzeText` against `analyzeRecord` (the analysis
 * encoded for the store, with its per-target counts), per MB of the generated corpus (scripts/corpus-gen.ts) and of the
 * bundled seed articles, for one checkout or two compared in one process (passes alternating, as bench-ab.ts does).
 *
 *   node bin/run-ts.js scripts/bench-record.ts [BEFORE_DIR] AFTER_DIR [--articles 2000] [--rounds 10]
 *
 * Prints the least CPU of a pass of each, in ms per MB, and the record's extra cost as a share of the engine's.
 */
import fs from "node:fs";
import path from "node:path";
import { arg, bundledArticles, loadEngineOf } from "./bench-data";
import { generateArticles } from "./corpus-gen";

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

type Text = { contentHash: string; body: string; date: string | null };

function main(): void {
  const roots = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
  if (roots.length < 1 || roots.length > 2) throw new Error("usage: bench-record.ts [BEFORE_DIR] AFTER_DIR [--articles N] [--rounds N]");
  const generated: Text[] = [...generateArticles(Number(arg("articles", "2000")))].map((a, i) => ({ contentHash: String(i), body: a.text, date: a.date }));
  const seeds: Text[] = [];
  while (seeds.length < 500) for (const a of bundledArticles()) seeds.push({ contentHash: a.id, body: a.body, date: a.date });
  const corpora = { generated, seeds };
  const dir = path.join(__dirname, "..", "node_modules", ".cache", "adasa-record", String(process.pid));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const sides = roots.map((root, k) => {
      const m = loadEngineOf(path.resolve(root), path.join(dir, `engine-${k}.js`));
      return { root, m, engine: m.createEngine(m.loadLexicon(path.join(path.resolve(root), "lexicons")).lexicon), best: new Map<string, number>() };
    });
    const rounds = Number(arg("rounds", "10"));
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        for (const [name, texts] of Object.entries(corpora)) {
          for (const kind of ["text", "record"] as const) {
            const started = cpuSeconds();
            if (kind === "text") for (const t of texts) side.m.analyzeText(side.engine, t.body, t.date);
            else for (const t of texts) side.m.analyzeRecord(side.engine, t);
            const key = `${name} ${kind}`;
            side.best.set(key, Math.min(side.best.get(key) ?? Infinity, cpuSeconds() - started));
          }
        }
      }
    }
    for (const [name, texts] of Object.entries(corpora)) {
      const mb = texts.reduce((n, t) => n + Buffer.byteLength(t.body), 0) / (1024 * 1024);
      for (const side of sides) {
        const text = side.best.get(`${name} text`)! / mb;
        const record = side.best.get(`${name} record`)! / mb;
        console.log(`${name} (${texts.length} articles, ${mb.toFixed(1)} MB) ${side.root}: analyzeText ${(text * 1000).toFixed(1)} ms/MB, analyzeRecord ${(record * 1000).toFixed(1)} ms/MB: the record adds ${((record / text - 1) * 100).toFixed(0)}%`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
