import { classroom } from "@/app/classroom";
import { StartSessionSchema } from "@/lib/classroom/requests";
import { ClassError, startSession } from "@/lib/classroom/session";
import { teacherCookie } from "@/lib/classroom/tokens";
import { processStore } from "@/lib/store/process-store";
import { readBody } from "../http";
import { classErrorResponse, tokenCookie } from "./class-http";

export const dynamic = "force-dynamic";

/** POST { lesson, hours? }: starts a class session; the teacher's token comes back once, in a cookie and in the teacher's link. */
export async function POST(request: Request): Promise<Response> {
  const read = await readBody(request, StartSessionSchema);
  if ("error" in read) return read.error;
  try {
    if (!(await classroom()).lessons.some((l) => l.id === read.body.lesson)) throw new ClassError("unknown-lesson", `there is no lesson "${read.body.lesson}"`);
    const { store } = await processStore();
    const { session, teacherToken } = await startSession(store, read.body.lesson, read.body.hours);
    const code = session.code;
    return Response.json(
      { code, lesson: session.lesson, expiresAt: session.expiresAt, joinUrl: `/class/${code}`, teacherUrl: `/class/${code}/teacher?key=${teacherToken}` },
      { status: 201, headers: { "set-cookie": tokenCookie(request, teacherCookie(code), teacherToken, session) } },
    );
  } catch (error) {
    return classErrorResponse(error);
  }
}
