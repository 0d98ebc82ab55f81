import Link from "next/link";
import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import type { SpotRound } from "@/lib/lessons/play";
import type { WorksheetArticle } from "@/lib/lessons/worksheet";
import { SpotGame } from "./SpotGame";

/** Spot the framing with its article picker: on a lesson's page and in a class session alike. */
export function SpotRoundView({ lang, round, articles, articleHref, classCode }: { lang: Lang; round: SpotRound; articles: readonly WorksheetArticle[]; articleHref: (id: string) => string; classCode?: string }) {
  const c = classroomDict(lang);
  const chosen = round.article;
  return (
    <>
      <nav aria-label={c.chooseArticle}>
        <ul className="nav-list">
          {articles.map((a) => (
            <li key={a.id}>
              <Link href={articleHref(a.id)} aria-current={a.id === chosen.id ? "page" : undefined} lang="ar">
                {a.outlet}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 lang="ar" dir="rtl" className="ar">
        {chosen.title}
      </h2>
      <SpotGame
        key={chosen.id}
        lang={lang}
        articleId={chosen.id}
        body={chosen.body}
        words={round.words}
        matches={chosen.matches}
        entries={round.entries}
        targets={round.targets}
        classCode={classCode}
      />
    </>
  );
}
