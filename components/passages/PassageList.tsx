import Link from "next/link";
import { dict, type Lang } from "@/messages/ui";
import type { Passage } from "@/lib/report/passages";
import { articleHref } from "../links";
import { valenceIcon, valenceKey } from "../valence";
import { VoiceLabel } from "../reader/EntryCard";

/** Keyword-in-context lines: each sentence with its match highlighted, where it comes from, and a link to it in the reader. */
/** Where the written word holding offset `end` ends (a suffix such as ـها stays joined to the match). */
function wordEnd(text: string, end: number): number {
  let k = end;
  while (k < text.length && /[\p{L}\p{M}]/u.test(text[k]!)) k++;
  return k;
}

export function PassageList({ lang, passages }: { lang: Lang; passages: readonly Passage[] }) {
  const t = dict(lang);
  return (
    <ol className="passage-list" data-testid="passages">
      {passages.map((p) => (
        <li key={`${p.article}:${p.at}`} data-testid="passage" data-article={p.article} data-term={p.term} data-voice={p.voice}>
          <p className="passage-text" lang="ar" dir="rtl">
            {p.sentence.slice(0, p.start)}
            <mark className={`val-${valenceKey(p.valence)}${p.scare_quoted ? " scare" : ""}`} data-testid="passage-match">
                {p.sentence.slice(p.start, p.end)}
            </mark>
            {p.sentence.slice(p.end, wordEnd(p.sentence, p.end))}
            <span className={`val-icon ${p.valence < 0 ? "neg" : p.valence > 0 ? "pos" : "zero"}`} aria-hidden="true">
              {valenceIcon(p.valence)}
            </span>
            {p.sentence.slice(wordEnd(p.sentence, p.end))}
          </p>
          <p className="passage-meta">
            <bdi lang="ar" className="ar">
              {p.outlet}
            </bdi>
            <bdi lang="ar" className="ar passage-title">
              {p.title}
            </bdi>
            <span dir="ltr">{p.date ?? t.home.undated}</span>
            <span className="badge">
              <VoiceLabel match={{ voice: p.voice, cue: null, scare_quoted: p.scare_quoted }} lang={lang} />
            </span>
            <Link href={articleHref(lang, p.article, p.at)}>
              {t.passages.open}
              <span className="visually-hidden">
                {": "}
                {p.title}
              </span>
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
