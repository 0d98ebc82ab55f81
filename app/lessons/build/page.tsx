import type { Metadata } from "next";
import { classroom, classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { Shell } from "@/components/layout/Shell";
import { LessonBuilder } from "@/components/classroom/LessonBuilder";
import "@/components/classroom/classroom.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Build a lesson" };

export default async function LessonBuilderPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang).builder;
  const { corpus } = classroom();
  const articles = corpus.results.map(({ article }) => ({ id: article.id, outlet: article.outlet, title: article.title, date: article.date }));
  const targets = [...corpus.engine.lexicon.targets.values()].filter((t) => corpus.mentionedTargets.has(t.id)).map((t) => ({ id: t.id, label: t.label, label_ar: t.label_ar }));
  return (
    <Shell lang={lang} path="/lessons/build" query={query} current="lessons">
      <h1>{c.title}</h1>
      <p className="lead">{c.intro}</p>
      <LessonBuilder lang={lang} articles={articles} targets={targets} />
    </Shell>
  );
}
