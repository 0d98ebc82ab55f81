import { sessionOf, teacherToken } from "@/app/class-session";
import { assertTeacher } from "@/lib/classroom/session";
import { classErrorResponse, codeParam } from "../../class-http";

export const dynamic = "force-dynamic";

/** POST (the teacher): closes the session; students can no longer join or answer, and the results stay. */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  try {
    const { store, session } = await sessionOf(await codeParam(params));
    await assertTeacher(store, session, await teacherToken(session.code, new URL(request.url).searchParams.get("key")));
    await store.classes.close(session.id);
    return Response.json({ code: session.code, status: "closed" });
  } catch (error) {
    return classErrorResponse(error);
  }
}
