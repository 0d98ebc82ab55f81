import fs from "node:fs";
import path from "node:path";
import { analyzeArticle, type ArticleResult } from "../analysis/corpus";
import { createEngine, type Engine } from "../analysis/engine";
import { expandPaths, type FileProblem } from "../io/files";
import { defaultLexiconPath, hideRoots } from "../io/paths";
import { LEXICON_EXTENSIONS, loadLexicon } from "../lexicon/load";
import { listArticleFiles, loadArticles } from "./load";

/**
 * The analysed corpus a long-running process (the web app) serves from:
 * every article analysed once, kept in memory, and analysed again only
 * when a file of the corpus changes (checked at most every few seconds).
 */
export interface CorpusSnapshot {
  readonly dirs: readonly string[];
  readonly lexiconPath: string;
  readonly engine: Engine;
  readonly results: readonly ArticleResult[];
  readonly byId: ReadonlyMap<string, ArticleResult>;
  readonly problems: readonly FileProblem[];
  /** Which outlets used each term, for "other outlets call this…". */
  readonly termOutlets: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every outlet of the corpus, by name, and every target some article mentions: the filters' choices. */
  readonly outlets: readonly { readonly outlet: string; readonly outlet_en: string | null }[];
  readonly mentionedTargets: ReadonlySet<string>;
  readonly fingerprint: string;
  /** Set when the files changed but could not be loaded (a broken lexicon): this is the last good snapshot, and why. */
  readonly stale?: string;
}

export interface CorpusSource {
  readonly dirs: readonly string[];
  readonly lexiconPath: string;
}

/** ADASA_ARTICLES (one folder, or several joined with ":") or ./articles; ADASA_LEXICON or the bundled lexicons. */
export function corpusSource(env: Readonly<Record<string, string | undefined>> = process.env): CorpusSource {
  const dirs = env.ADASA_ARTICLES ? env.ADASA_ARTICLES.split(path.delimiter).filter(Boolean) : [path.join(process.cwd(), "articles")];
  return { dirs, lexiconPath: env.ADASA_LEXICON || defaultLexiconPath() };
}

function fingerprintOf(source: CorpusSource): { files: string[]; problems: FileProblem[]; fingerprint: string } {
  const { files, problems } = listArticleFiles([...source.dirs]);
  const parts = files.map((f) => {
    try {
      const s = fs.statSync(f);
      return `${f}:${s.size}:${s.mtimeMs}`;
    } catch {
      return `${f}:gone`;
    }
  });
  return { files, problems, fingerprint: [...parts, lexiconFingerprint(source.lexiconPath)].join("|") };
}

/** What changes when a file of the lexicon changes (its files and their modification times). */
export function lexiconFingerprint(lexiconPath: string): string {
  return expandPaths([lexiconPath], LEXICON_EXTENSIONS)
    .files.map((f) => `${f}:${fs.statSync(f).mtimeMs}`)
    .join("|");
}

export function loadSnapshot(source: CorpusSource): CorpusSnapshot {
  const engine = createEngine(loadLexicon(source.lexiconPath).lexicon);
  const { files, problems, fingerprint } = fingerprintOf(source);
  // paths relative to the corpus roots: pages and API answers never show where the server keeps its files
  const shown = (p: FileProblem) => ({ path: hideRoots(p.path, source.dirs), reason: hideRoots(p.reason, source.dirs) });
  const results: ArticleResult[] = [];
  const allProblems = problems.map(shown);
  for (const loaded of loadArticles(files)) {
    if ("problem" in loaded) allProblems.push(shown(loaded.problem));
    else results.push(analyzeArticle(engine, { ...loaded.article, path: hideRoots(loaded.article.path, source.dirs) }));
  }
  const termOutlets = new Map<string, Set<string>>();
  const outlets = new Map<string, string | null>();
  const mentionedTargets = new Set<string>();
  for (const { article, analysis } of results) {
    if (!outlets.get(article.outlet)) outlets.set(article.outlet, article.outlet_en);
    for (const m of analysis.matches) {
      mentionedTargets.add(m.target);
      let outlets = termOutlets.get(m.term);
      if (!outlets) termOutlets.set(m.term, (outlets = new Set()));
      outlets.add(article.outlet);
    }
  }
  return {
    dirs: source.dirs,
    lexiconPath: source.lexiconPath,
    engine,
    results,
    byId: new Map(results.map((r) => [r.article.id, r])),
    problems: allProblems,
    termOutlets,
    outlets: [...outlets.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([outlet, outlet_en]) => ({ outlet, outlet_en })),
    mentionedTargets,
    fingerprint,
  };
}

const RECHECK_MS = 3000;
const cache = globalThis as unknown as { __adasaCorpus?: { key: string; snapshot: CorpusSnapshot; checkedAt: number } };

/** The current snapshot of the corpus, analysed again if a file changed since the last check. */
export function getCorpus(source: CorpusSource = corpusSource()): CorpusSnapshot {
  const key = `${source.dirs.join(path.delimiter)}#${source.lexiconPath}`;
  const now = Date.now();
  const cached = cache.__adasaCorpus;
  if (cached && cached.key === key) {
    if (now - cached.checkedAt < RECHECK_MS) return cached.snapshot;
    cached.checkedAt = now;
    if (fingerprintOf(source).fingerprint === cached.snapshot.fingerprint) return cached.snapshot;
  }
  try {
    const snapshot = loadSnapshot(source);
    cache.__adasaCorpus = { key, snapshot, checkedAt: now };
    return snapshot;
  } catch (error) {
    // keep serving what was loaded before: a broken edit must not take the corpus away
    if (!cached || cached.key !== key) throw error;
    const stale = { ...cached.snapshot, stale: (error as Error).message };
    cache.__adasaCorpus = { key, snapshot: stale, checkedAt: now };
    return stale;
  }
}

/** Makes the next `getCorpus` look at the files at once (a lexicon file was just written by this process). */
export function recheckCorpusNow(): void {
  if (cache.__adasaCorpus) cache.__adasaCorpus.checkedAt = 0;
}

let engineCache: { key: string; engine: Engine } | undefined;

/**
 * The engine of the lexicon at `lexiconPath` as its files are now, compiled
 * again only when they changed: what routes that analyse posted texts need,
 * without the corpus (the web pages read the store).
 */
export function currentEngine(lexiconPath: string = corpusSource().lexiconPath): Engine {
  const key = `${lexiconPath}#${lexiconFingerprint(lexiconPath)}`;
  if (engineCache?.key !== key) engineCache = { key, engine: createEngine(loadLexicon(lexiconPath).lexicon) };
  return engineCache.engine;
}
