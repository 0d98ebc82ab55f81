import Link from "next/link";
import { dict, type Lang } from "@/messages/ui";
import type { ArticleListItem } from "@/lib/store/browse";
import { articleHref } from "../links";


/** The articles behind the comparison, each opening in the reader. */
export function ArticleList({ lang, articles }: { lang: Lang; articles: readonly ArticleListItem[] }) {
  const t = dict(lang);
  return (
    <div className="table-scroll">
      <table className="article-list">
        <caption className="visually-hidden">{t.home.articleList}</caption>
        <thead>
          <tr>
            <th scope="col">{t.reader.source}</th>
            <th scope="col">{t.home.read}</th>
            <th scope="col">{t.reader.date}</th>
            <th scope="col">{t.reader.words}</th>
            <th scope="col">{t.target.mentionsCol}</th>
            <th scope="col">{t.home.id}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>
                <bdi lang="ar" className="ar">
                  {a.outlet}
                </bdi>
              </td>
              <td>
                <Link href={articleHref(lang, a.id)} lang="ar" dir="rtl" className="ar article-link">
                  {a.title}
                </Link>
              </td>
              <td dir="ltr">{a.date ?? t.home.undated}</td>
              <td>{a.words}</td>
              <td>{a.matches}</td>
              {/* the compare form of a large corpus takes ids typed in: they must be findable here */}
              <td dir="ltr">
                <code className="article-id">{a.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
