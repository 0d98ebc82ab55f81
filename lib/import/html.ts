import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normalizeDate } from "./dates";
import { textWithParagraphs } from "./html-text";

/** What a saved news page gives: the article's text with its paragraphs, and the metadata the page declares. */
export interface HtmlArticle {
  readonly title: string | null;
  readonly date: string | null;
  readonly siteName: string | null;
  readonly language: string | null;
  readonly body: string;
}

const metaContent = (document: Document, selectors: readonly string[]): string | null => {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
};

/** datePublished anywhere in the page's JSON-LD (a NewsArticle, or inside @graph). */
function jsonLdDate(document: Document): string | null {
  const find = (value: unknown): string | null => {
    if (Array.isArray(value)) return value.map(find).find((d) => d !== null) ?? null;
    if (typeof value !== "object" || value === null) return null;
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === "string") return record.datePublished;
    return find(record["@graph"]);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const date = find(JSON.parse(script.textContent ?? ""));
      if (date) return date;
    } catch {
      // a broken JSON-LD block is the page's problem: look for the date elsewhere
    }
  }
  return null;
}

/** The publication date the page declares, in order of reliability. */
function publishedDate(document: Document): string | null {
  const candidates = [
    metaContent(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[property="og:published_time"]', 'meta[itemprop="datePublished"]']),
    jsonLdDate(document),
    document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
  ];
  return candidates.map((c) => (c ? normalizeDate(c) : null)).find((d) => d !== null) ?? null;
}

/**
 * A saved news page → its article, found by Mozilla's Readability (Firefox's
 * reader view) so menus, ads, related links and footers are left out; or the
 * reason there is none.
 */
export function extractHtmlArticle(html: string): HtmlArticle | { readonly reason: string } {
  const { document } = parseHTML(html);
  // metadata first: Readability rewrites the document it reads
  const date = publishedDate(document);
  const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]']);
  const ogTitle = metaContent(document, ['meta[property="og:title"]']);
  const language = document.documentElement?.getAttribute("lang")?.trim() || null;
  if (!isProbablyReaderable(document)) return { reason: "no article in the page (no block of text long enough to be one)" };
  const parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  const body = parsed?.content ? textWithParagraphs(parsed.content) : "";
  if (!body.trim()) return { reason: "no article in the page (no block of text long enough to be one)" };
  return { title: parsed?.title?.trim() || ogTitle, date, siteName: parsed?.siteName?.trim() || siteName, language: parsed?.lang?.trim() || language, body };
}
