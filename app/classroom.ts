import path from "node:path";
import { getCorpus, type CorpusSnapshot } from "@/lib/corpus/store";
import { hideRoots } from "@/lib/io/paths";
import { defaultLessonsPath, loadLessons } from "@/lib/lessons/load";
import type { Lesson } from "@/lib/lessons/schema";

/** The lessons of ADASA_LESSONS (default: the bundled lessons/), checked against the corpus being served. */
export function classroom(): { corpus: CorpusSnapshot; lessons: Lesson[]; problems: { path: string; reason: string }[] } {
  const corpus = getCorpus();
  const dir = process.env.ADASA_LESSONS ? path.resolve(process.env.ADASA_LESSONS) : defaultLessonsPath();
  const { lessons, problems } = loadLessons(dir, { engine: corpus.engine, articleIds: new Set(corpus.byId.keys()) });
  return { corpus, lessons, problems: problems.map((p) => ({ path: hideRoots(p.path, [dir]), reason: hideRoots(p.reason, [dir]) })) };
}

export { classroomDict, type ClassroomDict } from "@/messages/classroom";
