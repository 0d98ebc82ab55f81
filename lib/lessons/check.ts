import type { Engine } from "../analysis/engine";
import { parseYamlData, problemsFromZod, ValidationError, type Problem } from "../lexicon/problems";
import { LessonSchema, type Lesson } from "./schema";

/**
 * Reads a lesson from the text of its file and checks it against the corpus
 * and the lexicon it will be used with: every article, target and glossary
 * term must exist. Throws a ValidationError naming each problem.
 */
export function parseLesson(text: string, source: string, context: { engine: Engine; articleIds: { has(id: string): boolean } }): Lesson {
  const data = parseYamlData(text, source);
  const parsed = LessonSchema.safeParse(data);
  if (!parsed.success) throw new ValidationError(source, problemsFromZod(parsed.error, data));
  const lesson = parsed.data;
  const problems: Problem[] = [];
  lesson.articles.forEach((id, i) => {
    if (!context.articleIds.has(id)) problems.push({ where: `articles.${i}`, message: `article "${id}" is not in the corpus` });
  });
  lesson.targets.forEach((t, i) => {
    if (!context.engine.lexicon.targets.has(t)) problems.push({ where: `targets.${i}`, message: `target "${t}" is not in the lexicon` });
  });
  lesson.glossary.forEach((term, i) => {
    if (!context.engine.lexicon.entries.has(term)) problems.push({ where: `glossary.${i}`, message: `term "${term}" is not in the lexicon` });
  });
  if (problems.length > 0) throw new ValidationError(source, problems);
  return lesson;
}
