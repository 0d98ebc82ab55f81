import { sessionOf, studentToken } from "@/app/class-session";
import { JoinSessionSchema } from "@/lib/classroom/requests";
import { assertOpen, joinSession, studentOf } from "@/lib/classroom/session";
import { studentCookie } from "@/lib/classroom/tokens";
import { readBody } from "../../../http";
import { classErrorResponse, codeParam, tokenCookie } from "../../class-http";

export const dynamic = "force-dynamic";

/** POST { name }: joins the session under a display name (201), or says why not; a browser that already joined stays who it was (200). */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const read = await readBody(request, JoinSessionSchema);
  if ("error" in read) return read.error;
  try {
    const { store, session } = await sessionOf(await codeParam(params));
    assertOpen(session);
    const already = await studentOf(store, session, await studentToken(session.code));
    if (already) return Response.json({ code: session.code, lesson: session.lesson, name: already.name });
    const { student, token } = await joinSession(store, session, read.body.name);
    return Response.json(
      { code: session.code, lesson: session.lesson, name: student.name },
      { status: 201, headers: { "set-cookie": tokenCookie(request, studentCookie(session.code), token, session) } },
    );
  } catch (error) {
    return classErrorResponse(error);
  }
}
