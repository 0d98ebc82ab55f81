import Link from "next/link";
import type { Lang } from "@/messages/ui";
import type { ArticleView } from "@/lib/report/article-view";
import { articleHref } from "../links";

const LETTERS: Record<Lang, readonly string[]> = {
  en: [..."ABCDEFGHIJKL"],
  // abjad order, as Arabic lists are lettered
  ar: ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل"],
};
export const letterOf = (k: number, lang: Lang = "en") => LETTERS[lang][k] ?? String(k + 1);

/** Which text is A, B, C…: outlet, title (linking to the reader for corpus articles) and date. */
export function SideHeads({ views, lang, link = true }: { views: readonly ArticleView[]; lang: Lang; link?: boolean }) {
  return (
    <div className="side-heads" style={{ gridTemplateColumns: `repeat(${Math.min(views.length, 4)}, 1fr)` }}>
      {views.map((v, k) => (
        <div className="side-head" key={k}>
          <h2>
            {letterOf(k, lang)} ·{" "}
            <bdi lang="ar" className="ar">
              {v.outlet}
            </bdi>
          </h2>
          <p className="side-title" lang="ar" dir="rtl">
            {link ? <Link href={articleHref(lang, v.id)}>{v.title}</Link> : v.title}
          </p>
          {v.date && <p dir="ltr">{v.date}</p>}
        </div>
      ))}
    </div>
  );
}
