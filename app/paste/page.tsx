import type { Metadata } from "next";
import { dict, langOf } from "@/messages/ui";
import type { Query } from "@/app/filters";
import { Shell } from "@/components/layout/Shell";
import { PasteForm } from "@/components/paste/PasteForm";

export const metadata: Metadata = { title: "Paste and compare" };

export default async function PastePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const t = dict(lang);
  return (
    <Shell lang={lang} path="/paste" query={query} current="paste">
      <h1>{t.paste.title}</h1>
      <p className="lead">{t.paste.intro}</p>
      <PasteForm lang={lang} />
    </Shell>
  );
}
