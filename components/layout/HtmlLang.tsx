"use client";

import { useEffect } from "react";

/** Puts the page's language and direction on <html>, which the root layout cannot know. */
export function HtmlLang({ lang, dir }: { lang: string; dir: "ltr" | "rtl" }) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);
  return null;
}
