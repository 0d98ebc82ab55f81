import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { playerOr } from "@/app/class/play";
import type { Query } from "@/app/filters";
import { SpotRoundView } from "@/components/classroom/SpotRoundView";
import { Shell } from "@/components/layout/Shell";
import { href } from "@/components/links";
import { spotRound } from "@/lib/lessons/play";
import { langOf } from "@/messages/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Spot the framing" };

export default async function ClassSpotPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Query> }) {
  const { code } = await params;
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { session, student, back, corpus, material } = await playerOr(code, lang);
  const round = spotRound(corpus, material, typeof query.article === "string" ? query.article : undefined, lang);
  const path = `/class/${session.code}/spot`;
  return (
    <Shell lang={lang} path={path} query={query} current="class">
      <p>
        <Link href={back}>{c.session.playingAs(student.name, session.code)}</Link>
      </p>
      <h1>{c.spot}</h1>
      <p className="lead">{c.spotIntro}</p>
      <SpotRoundView lang={lang} round={round} articles={material.articles} articleHref={(a) => href(path, { article: a }, lang)} classCode={session.code} />
    </Shell>
  );
}
