import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { GuessGame } from "@/components/classroom/GuessGame";
import { Shell } from "@/components/layout/Shell";
import { href } from "@/components/links";
import { guessRound } from "@/lib/lessons/play";
import { lessonOr404 } from "../lesson";
import { routeId } from "@/app/route-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Guess the outlet" };

export default async function GuessPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const id = await routeId(params);
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { lesson, material, corpus } = await lessonOr404(id);
  const base = `/lessons/${encodeURIComponent(lesson.id)}`;
  return (
    <Shell lang={lang} path={`${base}/guess`} query={query} current="lessons">
      <p>
        <Link href={href(base, {}, lang)}>{lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title}</Link>
      </p>
      <h1>{c.guess}</h1>
      <p className="lead">{c.guessIntro}</p>
      <GuessGame lang={lang} {...guessRound(corpus, lesson, material)} />
    </Shell>
  );
}
