import type { Metadata } from "next";
import Link from "next/link";
import { classroom, classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { Shell } from "@/components/layout/Shell";
import "@/components/classroom/classroom.css";
import { href } from "@/components/links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Lessons" };

export default async function LessonsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { lessons, problems, corpus } = await classroom();
  return (
    <Shell lang={lang} path="/lessons" query={query} current="lessons">
      <h1>{c.lessons}</h1>
      <p className="lead">{c.lessonsIntro}</p>
      <p>
        <Link href={href("/glossary", {}, lang)}>{c.glossary}</Link> · <Link href={href("/lessons/build", {}, lang)}>{c.builder.link}</Link>
      </p>
      {problems.length > 0 && (
        <section className="problems" aria-labelledby="lesson-problems">
          <h2 id="lesson-problems">{c.brokenLessons}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.path}>
                <code>{p.path}</code>: {p.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="lesson-card" data-testid="lesson">
            <h2>
              <Link href={href(`/lessons/${encodeURIComponent(lesson.id)}`, {}, lang)}>{lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title}</Link>
            </h2>
            {lesson.title_ar && lang !== "ar" && (
              <p lang="ar" dir="rtl" className="ar">
                {lesson.title_ar}
              </p>
            )}
            <p>{lesson.summary}</p>
            <p className="hint">
              {c.articles}: {lesson.articles.map((id) => corpus.byId.get(id)?.article.outlet ?? id).join(" · ")} — {c.targets}:{" "}
              {lesson.targets.map((t) => (lang === "ar" ? corpus.engine.lexicon.targets.get(t)?.label_ar : corpus.engine.lexicon.targets.get(t)?.label) ?? t).join(", ")}
            </p>
          </li>
        ))}
      </ul>
    </Shell>
  );
}
