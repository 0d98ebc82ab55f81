import type { Metadata } from "next";
import { classroomDict } from "@/app/classroom";
import type { Query } from "@/app/filters";
import { JoinForm } from "@/components/classroom/JoinForm";
import { Shell } from "@/components/layout/Shell";
import { langOf } from "@/messages/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const lang = langOf(query);
  const s = classroomDict(lang).session;
  return (
    <Shell lang={lang} path="/class" query={query} current="class">
      <h1>{s.joinTitle}</h1>
      <p className="lead">{s.joinIntro}</p>
      <JoinForm lang={lang} code={typeof query.code === "string" ? query.code : undefined} />
    </Shell>
  );
}
