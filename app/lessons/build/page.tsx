import type { Metadata } from "next";
import { classroomDict } from "@/app/classroom";
import { langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { Shell } from "@/components/layout/Shell";
import { LessonBuilder } from "@/components/classroom/LessonBuilder";
import { PICKER_LIMIT } from "@/components/home/ArticlePicker";
import { StoreErrorPage, storeForPage } from "@/app/store-page";
import "@/components/classroom/classroom.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Build a lesson" };

export default async function LessonBuilderPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang).builder;
  const opened = await storeForPage();
  if ("error" in opened) return <StoreErrorPage lang={lang} title={c.title} path="/lessons/build" query={query} error={opened.error} />;
  const { store, engine, version } = opened;
  // the first articles of the store, as many as a picker shows: the page does not grow with the corpus
  const [page, mentioned] = await Promise.all([store.articlePage(version, {}, 0, PICKER_LIMIT), store.mentionedTargets(version, [...engine.lexicon.targets.keys()])]);
  const articles = page.items.map(({ id, outlet, title, date }) => ({ id, outlet, title, date }));
  const targets = [...engine.lexicon.targets.values()].filter((t) => mentioned.has(t.id)).map((t) => ({ id: t.id, label: t.label, label_ar: t.label_ar }));
  return (
    <Shell lang={lang} path="/lessons/build" query={query} current="lessons">
      <h1>{c.title}</h1>
      <p className="lead">{c.intro}</p>
      {page.total > articles.length && <p className="hint" data-testid="builder-first">{c.firstArticles(articles.length, page.total)}</p>}
      <LessonBuilder lang={lang} articles={articles} targets={targets} />
    </Shell>
  );
}
