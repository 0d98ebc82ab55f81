import Link from "next/link";
import type { ReactNode } from "react";
import { classroomDict } from "@/messages/classroom";
import { discoverDict } from "@/messages/discover";
import { dict, dirOf, type Lang } from "@/messages/ui";
import { href } from "../links";

type Section = "outlets" | "articles" | "collate" | "paste" | "lessons" | "glossary" | "corpus" | "timeline" | "discover" | "class" | null;

interface ShellProps {
  readonly lang: Lang;
  /** The current path and query, for the language switch. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | string[] | undefined>>;
  readonly current: Section;
  readonly children: ReactNode;
}

/** The frame of every page: skip link, banner with the navigation and language switch, main. */
export function Shell({ lang, path, query = {}, current, children }: ShellProps) {
  const t = dict(lang);
  const other: Lang = lang === "ar" ? "en" : "ar";
  const keep = Object.fromEntries(Object.entries(query).flatMap(([k, v]) => (k === "lang" || v === undefined ? [] : [[k, Array.isArray(v) ? v.join(",") : v]])));
  const switchHref = href(path, { ...keep, lang: other === "en" ? "en" : undefined }, other);
  const items: { key: Exclude<Section, null>; path: string; label: string }[] = [
    { key: "outlets", path: "/", label: t.nav.outlets },
    { key: "articles", path: "/compare", label: t.nav.articles },
    { key: "collate", path: "/collate", label: t.nav.collate },
    { key: "paste", path: "/paste", label: t.nav.paste },
    { key: "lessons", path: "/lessons", label: t.nav.lessons },
    { key: "glossary", path: "/glossary", label: t.nav.glossary },
    { key: "corpus", path: "/corpus", label: t.nav.corpus },
    { key: "timeline", path: "/timeline", label: t.nav.timeline },
    { key: "discover", path: "/discover", label: discoverDict(lang).nav },
  ];
  // classroom mode: students join a class session here
  items.push({ key: "class", path: "/class", label: classroomDict(lang).session.nav });
  return (
    <div className="app" lang={lang} dir={dirOf(lang)}>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="site-header">
        <Link className="brand" href={href("/", {}, lang)}>
          <span className="brand-ar" lang="ar" dir="rtl">
            عدسة
          </span>
          <span className="brand-en">Adasa</span>
        </Link>
        <nav aria-label={t.nav.label}>
          <ul className="nav-list">
            {items.map((item) => (
              <li key={item.key}>
                <Link href={href(item.path, {}, lang)} aria-current={current === item.key ? "page" : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li className="nav-lang">
              <a href={switchHref} lang={other} hrefLang={other} data-testid="lang-switch">
                {t.nav.language}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.tagline}</p>
      </footer>
    </div>
  );
}
