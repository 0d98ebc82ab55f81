import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { playerOr } from "@/app/class/play";
import type { Query } from "@/app/filters";
import { GuessGame } from "@/components/classroom/GuessGame";
import { Shell } from "@/components/layout/Shell";
import { guessRound } from "@/lib/lessons/play";
import { langOf } from "@/messages/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Guess the outlet" };

export default async function ClassGuessPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Query> }) {
  const { code } = await params;
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { session, student, back, corpus, lesson, material } = await playerOr(code, lang);
  return (
    <Shell lang={lang} path={`/class/${session.code}/guess`} query={query} current="class">
      <p>
        <Link href={back}>{c.session.playingAs(student.name, session.code)}</Link>
      </p>
      <h1>{c.guess}</h1>
      <p className="lead">{c.guessIntro}</p>
      <GuessGame lang={lang} {...guessRound(corpus, lesson, material)} classCode={session.code} />
    </Shell>
  );
}
