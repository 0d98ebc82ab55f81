import type { Metadata } from "next";
import Link from "next/link";
import { classroomDict } from "@/app/classroom";
import { sessionForPage, studentToken } from "@/app/class-session";
import type { Query } from "@/app/filters";
import { ClassProblem } from "@/components/classroom/ClassProblem";
import { JoinForm } from "@/components/classroom/JoinForm";
import "@/components/classroom/classroom.css";
import { Shell } from "@/components/layout/Shell";
import { href } from "@/components/links";
import { studentOf } from "@/lib/classroom/session";
import { langOf } from "@/messages/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Class" };

/** A student's page of a class: the join form, or (once joined) the lesson's games. */
export default async function ClassPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Query> }) {
  const { code } = await params;
  const query = await searchParams;
  const lang = langOf(query);
  const c = classroomDict(lang);
  const s = c.session;
  const found = await sessionForPage(code);
  const path = `/class/${encodeURIComponent(code)}`;
  if (!found.ok) {
    return (
      <Shell lang={lang} path={path} query={query} current="class">
        <h1>{s.joinTitle}</h1>
        <ClassProblem lang={lang} reason={found.reason} message={found.message} />
        {found.reason === "unknown-code" && <JoinForm lang={lang} />}
      </Shell>
    );
  }
  const { store, session, lesson, material } = found;
  const student = await studentOf(store, session, await studentToken(session.code));
  const title = lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title;
  const base = `/class/${session.code}`;
  return (
    <Shell lang={lang} path={path} query={query} current="class">
      <h1>{s.teacherTitle(session.code)}</h1>
      <p className="lead">{title}</p>
      {session.status !== "open" ? (
        <p role="alert" className="error" data-testid="class-problem" data-reason={session.status}>
          {s.reasons[session.status]}
        </p>
      ) : !student ? (
        <JoinForm lang={lang} code={session.code} />
      ) : (
        <>
          <p data-testid="class-joined">{s.joined(student.name)}</p>
          <p>{s.play}</p>
          <ul className="activity-list">
            {material.articles.map((a) => (
              <li key={a.id}>
                <Link className="button" href={href(`${base}/spot`, { article: a.id }, lang)} data-testid="class-spot">
                  {s.spotArticle(a.outlet)}
                </Link>
              </li>
            ))}
            <li>
              <Link className="button" href={href(`${base}/guess`, {}, lang)} data-testid="class-guess">
                {c.guess}
              </Link>
            </li>
          </ul>
        </>
      )}
    </Shell>
  );
}
