import type { Metadata } from "next";
import { headers } from "next/headers";
import { classroomDict } from "@/app/classroom";
import { boardOf, sessionForPage, teacherToken } from "@/app/class-session";
import type { Query } from "@/app/filters";
import { ClassProblem } from "@/components/classroom/ClassProblem";
import { TeacherBoard } from "@/components/classroom/TeacherBoard";
import "@/components/classroom/classroom.css";
import { Shell } from "@/components/layout/Shell";
import { ClassError, assertTeacher } from "@/lib/classroom/session";
import { langOf } from "@/messages/ui";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Class results" };

/** The teacher's page: the code to give, the students' results (refreshed), the most-missed terms, the CSV. */
export default async function TeacherPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Query> }) {
  const { code } = await params;
  const query = await searchParams;
  const lang = langOf(query);
  const s = classroomDict(lang).session;
  const key = typeof query.key === "string" ? query.key : undefined;
  // the key stays out of the language switch: it is a secret
  const { key: _key, ...shown } = query;
  const path = `/class/${encodeURIComponent(code)}/teacher`;
  const found = await sessionForPage(code);
  let problem = found.ok ? undefined : found;
  if (found.ok) {
    try {
      await assertTeacher(found.store, found.session, await teacherToken(found.session.code, key));
    } catch (error) {
      if (!(error instanceof ClassError)) throw error;
      problem = { ok: false, reason: error.reason, message: error.message };
    }
  }
  if (!found.ok || problem) {
    return (
      <Shell lang={lang} path={path} query={shown} current="class">
        <h1>{s.teacherTitle(code)}</h1>
        <ClassProblem lang={lang} reason={problem!.reason} message={problem!.message} />
      </Shell>
    );
  }
  const { store, session, lesson } = found;
  const host = (await headers()).get("host") ?? "";
  return (
    <Shell lang={lang} path={path} query={shown} current="class">
      <h1>{s.teacherTitle(session.code)}</h1>
      <p className="lead">{lang === "ar" && lesson.title_ar ? lesson.title_ar : lesson.title}</p>
      <p>{s.tellStudents}</p>
      <p className="class-join-at">
        <bdi dir="ltr">{host ? `${host}/class` : "/class"}</bdi>{" "}
        <strong className="class-code" dir="ltr" data-testid="class-code">
          {session.code}
        </strong>
      </p>
      <TeacherBoard lang={lang} initial={await boardOf(store, session)} teacherKey={key} />
    </Shell>
  );
}
