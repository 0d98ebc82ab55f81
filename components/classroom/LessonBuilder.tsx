"use client";

import { useMemo, useState } from "react";
import { stringify } from "yaml";
import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import { LessonSchema } from "@/lib/lessons/schema";

export interface BuilderArticle {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly date: string | null;
}

export interface BuilderTarget {
  readonly id: string;
  readonly label: string;
  readonly label_ar: string;
}

interface Draft {
  id: string;
  title: string;
  summary: string;
  articles: string[];
  targets: string[];
  questions: { text: string; answer: string }[];
}

const toggle = (list: readonly string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/** The lesson file a draft makes (question ids q1, q2…; empty answers left out), checked by the lesson schema. */
function lessonOf(d: Draft) {
  const lesson = {
    id: d.id.trim(),
    title: d.title.trim(),
    summary: d.summary.trim(),
    articles: d.articles,
    targets: d.targets,
    questions: d.questions.map((q, i) => ({ id: `q${i + 1}`, text: q.text.trim(), ...(q.answer.trim() ? { answer: q.answer.trim() } : {}) })),
  };
  return { lesson, checked: LessonSchema.safeParse(lesson) };
}

/**
 * The lesson builder: pick articles and targets, write questions, see the YAML the lesson file
 * will hold (validated by the same zod schema as `adasa lesson check`), and download it.
 * Nothing is sent to the server.
 */
export function LessonBuilder({ lang, articles, targets }: { lang: Lang; articles: readonly BuilderArticle[]; targets: readonly BuilderTarget[] }) {
  const c = classroomDict(lang).builder;
  const [d, setD] = useState<Draft>({ id: "", title: "", summary: "", articles: [], targets: [], questions: [{ text: "", answer: "" }] });
  const { lesson, checked } = useMemo(() => lessonOf(d), [d]);
  const yaml = stringify(lesson);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((x) => ({ ...x, [key]: value }));
  const setQuestion = (i: number, patch: Partial<Draft["questions"][number]>) => set("questions", d.questions.map((q, k) => (k === i ? { ...q, ...patch } : q)));
  const download = () => {
    const url = URL.createObjectURL(new Blob([yaml], { type: "application/yaml" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${lesson.id || "lesson"}.yaml`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <form className="builder" data-testid="lesson-builder" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="b-id">{c.id}</label>
        <input id="b-id" dir="ltr" value={d.id} onChange={(e) => set("id", e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="b-title">{c.lessonTitle}</label>
        <input id="b-title" dir="auto" value={d.title} onChange={(e) => set("title", e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="b-summary">{c.summary}</label>
        <textarea id="b-summary" dir="auto" rows={2} value={d.summary} onChange={(e) => set("summary", e.target.value)} />
      </div>
      <fieldset>
        <legend>{c.articles}</legend>
        {articles.map((a, k) => (
          <div className="check" key={a.id}>
            <input type="checkbox" id={`b-article-${k}`} data-testid="builder-article" value={a.id} checked={d.articles.includes(a.id)} onChange={() => set("articles", toggle(d.articles, a.id))} />
            <label htmlFor={`b-article-${k}`}>
              <bdi lang="ar">{a.outlet}</bdi> — <bdi lang="ar">{a.title}</bdi> {a.date && <bdi dir="ltr">{a.date}</bdi>}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{c.targets}</legend>
        <div className="check-columns">
          {targets.map((t) => (
            <div className="check" key={t.id}>
              <input type="checkbox" id={`b-target-${t.id}`} data-testid="builder-target" value={t.id} checked={d.targets.includes(t.id)} onChange={() => set("targets", toggle(d.targets, t.id))} />
              <label htmlFor={`b-target-${t.id}`}>{lang === "ar" ? t.label_ar : t.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{c.questions}</legend>
        {d.questions.map((q, i) => (
          <div key={i} className="builder-question">
            <div className="field">
              <label htmlFor={`b-q-${i}`}>{c.question(i + 1)}</label>
              <textarea id={`b-q-${i}`} dir="auto" rows={2} data-testid="builder-question" value={q.text} onChange={(e) => setQuestion(i, { text: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`b-a-${i}`}>{c.answer}</label>
              <input id={`b-a-${i}`} dir="auto" value={q.answer} onChange={(e) => setQuestion(i, { answer: e.target.value })} />
            </div>
            {d.questions.length > 1 && (
              <button type="button" className="secondary" onClick={() => set("questions", d.questions.filter((_, k) => k !== i))}>
                {c.removeQuestion}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="secondary" data-testid="builder-add" onClick={() => set("questions", [...d.questions, { text: "", answer: "" }])}>
          {c.addQuestion}
        </button>
      </fieldset>
      <h2>{c.preview}</h2>
      <pre className="builder-yaml" dir="ltr" data-testid="builder-yaml">
        {yaml}
      </pre>
      {checked.success ? (
        <p data-testid="builder-valid">{c.valid}</p>
      ) : (
        <div role="status" data-testid="builder-problems">
          <p>{c.problems}</p>
          <ul>
            {checked.error.issues.map((issue, k) => (
              <li key={k}>
                <code>{issue.path.join(".") || "lesson"}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" data-testid="builder-download" disabled={!checked.success} onClick={download}>
        {c.download}
      </button>
    </form>
  );
}
