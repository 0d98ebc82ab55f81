import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { Shell } from "@/components/layout/Shell";
import "@/components/classroom/classroom.css";
import { articleHref, href } from "@/components/links";
import { lessonOr404 } from "./lesson";
import { StartSession } from "@/components/classroom/StartSession";
import { routeId } from "@/app/route-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Lesson" };

export default async function LessonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const id = await routeId(params);
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { lesson, material, corpus } = await lessonOr404(id);
  const base = `/lessons/${encodeURIComponent(lesson.id)}`;
  return (
    <Shell lang={lang} path={base} query={query} current="lessons">
      <p>
        <Link href={href("/lessons", {}, lang)}>{c.lessons}</Link>
      </p>
      <h1>{lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title}</h1>
      {lesson.level && <p className="hint">{lesson.level}</p>}
      <p className="lead">{lesson.summary}</p>
      <ul className="activity-list">
        <li>
          <Link className="button" href={href(`${base}/spot`, {}, lang)}>
            {c.spot}
          </Link>
        </li>
        <li>
          <Link className="button" href={href(`${base}/guess`, {}, lang)}>
            {c.guess}
          </Link>
        </li>
        <li>
          <a className="button" href={`${base}/worksheet`}>
            {c.worksheet}
          </a>
        </li>
        <li>
          <a className="button" href={`${base}/answers`}>
            {c.answers}
          </a>
        </li>
      </ul>
      <StartSession lang={lang} lesson={lesson.id} />
      <h2>{c.articles}</h2>
      <ul>
        {material.articles.map((a) => (
          <li key={a.id}>
            <span lang="ar" dir="rtl" className="ar">
              {a.title}
            </span>{" "}
            — <bdi lang="ar">{a.outlet}</bdi> (<bdi dir="ltr">{a.date ?? "–"}</bdi>) · <Link href={articleHref(lang, a.id)}>{lang === "ar" ? "اقرأ" : "Read"}</Link>
          </li>
        ))}
      </ul>
      <h2>{c.targets}</h2>
      <p>{lesson.targets.map((t) => (lang === "ar" ? corpus.engine.lexicon.targets.get(t)?.label_ar : corpus.engine.lexicon.targets.get(t)?.label) ?? t).join(" · ")}</p>
      <h2>{c.questions}</h2>
      <ol>
        {lesson.questions.map((q) => (
          <li key={q.id}>
            <p>{q.text}</p>
            {q.text_ar && (
              <p lang="ar" dir="rtl" className="ar">
                {q.text_ar}
              </p>
            )}
            {q.choices && (
              <ol type="A">
                {q.choices.map((choice) => (
                  <li key={choice}>{choice}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </Shell>
  );
}
