import path from "node:path";
import type { ArticleResult } from "@/lib/analysis/corpus";
import { resultOf } from "@/lib/analysis/corpus";
import type { Engine } from "@/lib/analysis/engine";
import { hideRoots } from "@/lib/io/paths";
import { defaultLessonsPath, loadLessons } from "@/lib/lessons/load";
import type { Lesson } from "@/lib/lessons/schema";
import { processStore, type OpenedStore } from "@/lib/store/process-store";

/** What lessons are played with: the engine, the lessons' own articles from the store, and which outlets use each term. */
export interface LessonCorpus {
  readonly engine: Engine;
  readonly byId: ReadonlyMap<string, ArticleResult>;
  readonly termOutlets: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The lessons of ADASA_LESSONS (default: the bundled lessons/), checked against the store being
 * served: only the articles the lessons name are read from it (their cost does not grow with the
 * corpus). The lesson files are read twice: once for the ids they name, once checked against
 * the ones the store holds (a handful of small files).
 */
export async function classroom(opened?: OpenedStore): Promise<{ corpus: LessonCorpus; opened: OpenedStore; lessons: Lesson[]; problems: { path: string; reason: string }[] }> {
  const { store, engine, version } = opened ?? (opened = await processStore());
  const dir = process.env.ADASA_LESSONS ? path.resolve(process.env.ADASA_LESSONS) : defaultLessonsPath();
  const named = new Set<string>();
  loadLessons(dir, { engine, articleIds: { has: (id) => (named.add(id), true) } });
  const byId = new Map<string, ArticleResult>();
  if (named.size > 0) for await (const r of store.results(version, { ids: [...named] })) if (!byId.has(r.article.id)) byId.set(r.article.id, resultOf(engine, r.article, r.analysis));
  const termOutlets = await store.termOutlets(version, [...engine.lexicon.entries].map(([term, e]) => ({ term, target: e.target })));
  const { lessons, problems } = loadLessons(dir, { engine, articleIds: byId });
  return { corpus: { engine, byId, termOutlets }, opened, lessons, problems: problems.map((p) => ({ path: hideRoots(p.path, [dir]), reason: hideRoots(p.reason, [dir]) })) };
}

export { classroomDict, type ClassroomDict } from "@/messages/classroom";
