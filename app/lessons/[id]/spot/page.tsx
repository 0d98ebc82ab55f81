import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { SpotGame } from "@/components/classroom/SpotGame";
import { Shell } from "@/components/layout/Shell";
import { href } from "@/components/links";
import { tokenize } from "@/lib/arabic/tokenize";
import { entryView, type EntryView } from "@/lib/report/article-view";
import { lessonOr404 } from "../lesson";
import { routeId } from "@/app/route-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Spot the framing" };

export default async function SpotPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const id = await routeId(params);
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const { lesson, material, corpus } = lessonOr404(id);
  const chosen = material.articles.find((a) => a.id === query.article) ?? material.articles[0]!;
  const words = tokenize(chosen.body).filter((t) => t.isWord).map((t) => ({ start: t.start, end: t.end }));
  const entries: Record<string, EntryView> = {};
  for (const m of chosen.matches) entries[m.term] ??= entryView(corpus.engine, m.term, corpus.termOutlets)!;
  const targets = lesson.targets.map((t) => ({ id: t, label: (lang === "ar" ? corpus.engine.lexicon.targets.get(t)?.label_ar : corpus.engine.lexicon.targets.get(t)?.label) ?? t }));
  const base = `/lessons/${encodeURIComponent(lesson.id)}`;
  return (
    <Shell lang={lang} path={`${base}/spot`} query={query} current="lessons">
      <p>
        <Link href={href(base, {}, lang)}>{lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title}</Link>
      </p>
      <h1>{c.spot}</h1>
      <p className="lead">{c.spotIntro}</p>
      <nav aria-label={c.chooseArticle}>
        <ul className="nav-list">
          {material.articles.map((a) => (
            <li key={a.id}>
              <Link href={href(`${base}/spot`, { article: a.id }, lang)} aria-current={a.id === chosen.id ? "page" : undefined} lang="ar">
                {a.outlet}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 lang="ar" dir="rtl" className="ar">
        {chosen.title}
      </h2>
      <SpotGame key={chosen.id} lang={lang} articleId={chosen.id} body={chosen.body} words={words} matches={chosen.matches} entries={entries} targets={targets} />
    </Shell>
  );
}
