/**
 * The interface language. It lives in the URL (`?lang=ar|en`, default en) so a view is shared in
 * the language it was seen in; proxy.ts hands it to the root layout, which writes
 * `<html lang dir>` in the server's first byte.
 */
export const LANGS = ["en", "ar"] as const;
export type Lang = (typeof LANGS)[number];

/** The header proxy.ts sets on every page request (it overwrites whatever a client sent). */
export const LANG_HEADER = "x-adasa-lang";

export const langOf = (query: Readonly<Record<string, string | string[] | null | undefined>>): Lang => {
  const v = Array.isArray(query.lang) ? query.lang[0] : query.lang;
  return v === "ar" ? "ar" : "en";
};

export const dirOf = (lang: Lang): "ltr" | "rtl" => (lang === "ar" ? "rtl" : "ltr");
