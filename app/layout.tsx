import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "./globals.css";
import { LANG_HEADER, dirOf, langOf } from "@/messages/lang";

export const metadata: Metadata = {
  title: { default: "Adasa · عدسة", template: "%s · Adasa · عدسة" },
  description: "How Arabic news outlets frame the same story, measured with a lexicon of loaded terms.",
};

/** `<html lang dir>` from the first byte: proxy.ts passes the language of `?lang=` in a header. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = langOf({ lang: (await headers()).get(LANG_HEADER) });
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <body>{children}</body>
    </html>
  );
}
