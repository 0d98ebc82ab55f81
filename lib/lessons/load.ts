import type { Engine } from "../analysis/engine";
import { expandPaths, isFileProblem, readTextFile, type FileProblem } from "../io/files";
import { projectRoot } from "../io/paths";
import { ValidationError } from "../lexicon/problems";
import { parseLesson } from "./check";
import type { Lesson } from "./schema";
import path from "node:path";

export const LESSON_EXTENSIONS = [".yaml", ".yml", ".json"] as const;
export const defaultLessonsPath = (): string => path.join(projectRoot(), "lessons");

export interface LessonContext {
  readonly engine: Engine;
  /** The articles a lesson may name (a set, or any lookup). */
  readonly articleIds: { has(id: string): boolean };
}

/** One lesson file, checked; throws ValidationError naming the file and each problem. */
export function loadLesson(file: string, context: LessonContext): Lesson {
  const decoded = readTextFile(file, "utf-8");
  if (isFileProblem(decoded)) throw new ValidationError(file, [{ where: "file", message: decoded.reason }]);
  return parseLesson(decoded.text, file, context);
}

/** Every lesson of a folder; a broken one is reported by path and reason, the others load. */
export function loadLessons(dir: string, context: LessonContext): { lessons: Lesson[]; problems: FileProblem[] } {
  const { files, problems } = expandPaths([dir], LESSON_EXTENSIONS);
  const lessons: Lesson[] = [];
  for (const file of files) {
    try {
      lessons.push(loadLesson(file, context));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push({ path: file, reason: error.problems.map((p) => `${p.where}: ${p.message}`).join("; ") });
    }
  }
  return { lessons, problems };
}
