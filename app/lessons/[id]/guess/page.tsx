import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { GuessGame } from "@/components/classroom/GuessGame";
import { Shell } from "@/components/layout/Shell";
import { href } from "@/components/links";
import { guessPassages } from "@/lib/lessons/guess";
import { lessonOr404 } from "../lesson";
import { routeId } from "@/app/route-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Guess the outlet" };

/** Passages interleaved across outlets, so consecutive rounds do not come from one article. */
function interleave<T extends { outlet: string }>(items: readonly T[]): T[] {
  const byOutlet = new Map<string, T[]>();
  for (const it of items) byOutlet.set(it.outlet, [...(byOutlet.get(it.outlet) ?? []), it]);
  const queues = [...byOutlet.values()];
  const out: T[] = [];
  for (let round = 0; out.length < items.length; round++) for (const q of queues) if (q[round]) out.push(q[round]!);
  return out;
}

export default async function GuessPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const id = await routeId(params);
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { lesson, material, corpus } = lessonOr404(id);
  const passages = interleave(guessPassages(material.results, lesson.targets));
  const outlets = [...new Set(material.articles.map((a) => a.outlet))].sort();
  const glosses = Object.fromEntries(passages.flatMap((p) => p.clues.map((cl) => [cl.term, corpus.engine.lexicon.entries.get(cl.term)?.gloss ?? cl.term])));
  const base = `/lessons/${encodeURIComponent(lesson.id)}`;
  return (
    <Shell lang={lang} path={`${base}/guess`} query={query} current="lessons">
      <p>
        <Link href={href(base, {}, lang)}>{lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title}</Link>
      </p>
      <h1>{c.guess}</h1>
      <p className="lead">{c.guessIntro}</p>
      <GuessGame lang={lang} passages={passages} outlets={outlets} glosses={glosses} />
    </Shell>
  );
}
