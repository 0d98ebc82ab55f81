import { z } from "zod";
import { slug } from "../lexicon/schema";

/** A lesson file (YAML or JSON): a few articles, the targets to look at, and questions. */
export const QuestionSchema = z.object({
  id: slug,
  text: z.string().trim().min(1),
  text_ar: z.string().trim().min(1).optional(),
  kind: z.enum(["open", "choice"]).default("open"),
  choices: z.array(z.string().trim().min(1)).min(2).optional(),
  /** For the answer key: the expected answer, or the index of the right choice. */
  answer: z.union([z.string().trim().min(1), z.number().int().nonnegative()]).optional(),
});

export const LessonSchema = z
  .object({
    id: slug,
    title: z.string().trim().min(1),
    title_ar: z.string().trim().min(1).optional(),
    level: z.string().trim().optional(),
    summary: z.string().trim().min(1),
    /** Article ids of the corpus. */
    articles: z.array(z.string().trim().min(1)).min(1, "a lesson needs at least one article"),
    /** Lexicon targets the students look for. */
    targets: z.array(slug).min(1, "a lesson needs at least one target"),
    questions: z.array(QuestionSchema).min(1, "a lesson needs at least one question"),
    /** Extra lexicon entries for the glossary (the entries of the targets that occur in the articles are always in). */
    glossary: z.array(slug).default([]),
  })
  .superRefine((lesson, ctx) => {
    lesson.questions.forEach((q, i) => {
      if (q.kind === "choice" && !q.choices) ctx.addIssue({ code: "custom", path: ["questions", i, "choices"], message: "a choice question needs choices" });
      if (q.kind === "choice" && typeof q.answer === "number" && q.choices && q.answer >= q.choices.length) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "answer"], message: `answer ${q.answer} is not one of the ${q.choices.length} choices` });
      }
    });
    const ids = lesson.questions.map((q) => q.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: "custom", path: ["questions"], message: `duplicate question id "${dup}"` });
  });

export type Lesson = z.infer<typeof LessonSchema>;
export type Question = z.infer<typeof QuestionSchema>;
