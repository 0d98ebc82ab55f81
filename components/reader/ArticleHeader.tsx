import { dict, type Lang } from "@/messages/ui";
import type { ArticleView } from "@/lib/report/article-view";
import { Gloss } from "../Gloss";
import { safeHttpUrl } from "../links";

/** Title and metadata of an article; the address is a link only when it is plain http(s). */
export function ArticleHeader({ view, lang, level = 1 }: { view: ArticleView; lang: Lang; level?: 1 | 2 }) {
  const t = dict(lang);
  const url = safeHttpUrl(view.url);
  const H = level === 1 ? "h1" : "h2";
  return (
    <header className="article-head">
      <H lang="ar" dir="rtl" className="ar" data-testid="article-title">
        {view.title}
      </H>
      <dl className="meta">
        <div>
          <dt>{t.reader.source}</dt>
          <dd>
            <bdi lang="ar" className="ar" data-testid="article-outlet">
              {view.outlet}
            </bdi>
            {view.outlet_en ? (
              <>
                {" · "}
                <Gloss text={view.outlet_en} />
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t.reader.date}</dt>
          <dd dir="ltr">{view.date ?? t.home.undated}</dd>
        </div>
        <div>
          <dt>{t.reader.words}</dt>
          <dd>{view.words}</dd>
        </div>
        <div>
          <dt>{t.reader.url}</dt>
          <dd dir="ltr">
            {url ? (
              <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                {url}
              </a>
            ) : view.url ? (
              <code>{view.url}</code>
            ) : (
              t.reader.noUrl
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
