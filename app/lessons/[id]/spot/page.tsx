import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { SpotRoundView } from "@/components/classroom/SpotRoundView";
import { Shell } from "@/components/layout/Shell";
import { href } from "@/components/links";
import { spotRound } from "@/lib/lessons/play";
import { lessonOr404 } from "../lesson";
import { routeId } from "@/app/route-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Spot the framing" };

export default async function SpotPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const id = await routeId(params);
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { lesson, material, corpus } = await lessonOr404(id);
  const round = spotRound(corpus, material, typeof query.article === "string" ? query.article : undefined, lang);
  const base = `/lessons/${encodeURIComponent(lesson.id)}`;
  return (
    <Shell lang={lang} path={`${base}/spot`} query={query} current="lessons">
      <p>
        <Link href={href(base, {}, lang)}>{lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title}</Link>
      </p>
      <h1>{c.spot}</h1>
      <p className="lead">{c.spotIntro}</p>
      <SpotRoundView lang={lang} round={round} articles={material.articles} articleHref={(a) => href(`${base}/spot`, { article: a }, lang)} />
    </Shell>
  );
}
