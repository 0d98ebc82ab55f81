import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Adasa · عدسة", template: "%s · Adasa · عدسة" },
  description: "How Arabic news outlets frame the same story, measured with a lexicon of loaded terms.",
};

/**
 * A root layout cannot see the query string, so <html> starts in English and
 * each page's <Shell> sets lang/dir for its own language (on its wrapper at once,
 * and on <html> after hydration).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr" suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
