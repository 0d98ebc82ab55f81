/** What the benchmarks are built from: the bundled articles, and the lexicon's forms as grep patterns. */
import { buildSync } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { listArticleFiles, loadArticles } from "../lib/corpus/load";
import type { Article } from "../lib/corpus/schema";
import { defaultArticlesPath } from "../lib/io/paths";
import type { Lexicon } from "../lib/lexicon/schema";

export function bundledArticles(): Article[] {
  const { files } = listArticleFiles([defaultArticlesPath()]);
  return [...loadArticles(files)].flatMap((l) => ("article" in l ? [l.article] : []));
}

/** Every form of the lexicon, one a line: the patterns of the `grep -F -f` baseline. */
export function writeGrepPatterns(file: string, lexicon: Lexicon): void {
  fs.writeFileSync(file, `${[...new Set(lexicon.entries.flatMap((e) => e.forms))].join("\n")}\n`);
}

/** The bundled articles repeated to at least `megabytes` MB (the engine benchmarks' sample), and its size in bytes. */
export function repeatedArticles(megabytes: number): { sample: { outlet: string; body: string }[]; bytes: number } {
  const articles = bundledArticles();
  const sample: { outlet: string; body: string }[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    for (const a of articles) {
      sample.push({ outlet: a.outlet, body: a.body });
      bytes += Buffer.byteLength(a.body);
    }
  }
  return { sample, bytes };
}

/**
 * A TypeScript entry bundled by esbuild into `outfile` as bin/bundle.js bundles the command line (our sources in one
 * scope, packages loaded from node_modules): the benchmarks time the code as `adasa` runs it, not as tsx loads it
 * module by module (each import then read through an accessor, which the first passes pay for until the JIT inlines it).
 * `outfile` must lie inside this checkout, so that the packages resolve.
 */
export function bundleScript(entry: { file: string } | { contents: string; resolveDir: string }, outfile: string): void {
  const source = "file" in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: "ts" as const } };
  buildSync({ ...source, outfile, bundle: true, packages: "external", platform: "node", target: "node20", format: "cjs", logLevel: "silent" });
}

/** The value of `--name` on the command line, else `fallback`. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/**
 * What the checkout at `root` exports from its modules, `exports` naming each module (a path from the root) and the
 * names taken from it, bundled by bundleScript into `outfile` and loaded: how the A/B benchmarks load two versions of
 * the engine into one process.
 */
export function loadExports<M>(root: string, exports: Record<string, readonly string[]>, outfile: string): M {
  const contents = Object.entries(exports)
    .map(([file, names]) => `export { ${names.join(", ")} } from "./${file}";`)
    .join("\n");
  bundleScript({ contents, resolveDir: root }, outfile);
  return require(outfile) as M;
}

/** What the A/B benchmarks take from each checkout's engine. */
export interface EngineExports {
  analyzeText: typeof import("../lib/analysis/analyze-text").analyzeText;
  analyzeRecord: typeof import("../lib/analysis/record").analyzeRecord;
  OutletTallies: typeof import("../lib/analysis/corpus").OutletTallies;
  createEngine: typeof import("../lib/analysis/engine").createEngine;
  loadLexicon: typeof import("../lib/lexicon/load").loadLexicon;
}

const ENGINE_EXPORTS: Record<string, readonly (keyof EngineExports)[]> = {
  "lib/analysis/analyze-text": ["analyzeText"],
  "lib/analysis/record": ["analyzeRecord"],
  "lib/analysis/corpus": ["OutletTallies"],
  "lib/analysis/engine": ["createEngine"],
  "lib/lexicon/load": ["loadLexicon"],
};

/** The engine of the checkout at `root`, bundled into `outfile` (inside this checkout, so that its packages resolve). */
export const loadEngineOf = (root: string, outfile: string): EngineExports => loadExports<EngineExports>(root, ENGINE_EXPORTS, outfile);

/** The command line's words that are neither an option nor an option's value: the checkouts a script compares. */
export function positionalArgs(): string[] {
  return process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
}

/** A checkout's engine module and the engine built with the checkout's own `lexicons/`. */
export interface CheckoutEngine {
  readonly root: string;
  readonly m: EngineExports;
  readonly engine: ReturnType<EngineExports["createEngine"]>;
}

/**
 * `use` given the engine of each checkout in `roots`, each bundled into a folder of this checkout's cache named by
 * `tag` (so that its packages resolve here), which is removed when `use` returns or throws.
 */
export function withCheckoutEngines<T>(tag: string, roots: readonly string[], use: (sides: CheckoutEngine[]) => T): T {
  const dir = path.join(__dirname, "..", "node_modules", ".cache", tag, String(process.pid));
  fs.mkdirSync(dir, { recursive: true });
  try {
    return use(
      roots.map((root, k) => {
        const m = loadEngineOf(path.resolve(root), path.join(dir, `engine-${k}.js`));
        return { root, m, engine: m.createEngine(m.loadLexicon(path.join(path.resolve(root), "lexicons")).lexicon) };
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
