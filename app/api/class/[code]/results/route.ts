import { boardOf, sessionOf, teacherToken } from "@/app/class-session";
import { classCsv } from "@/lib/classroom/csv";
import { assertTeacher } from "@/lib/classroom/session";
import { classErrorResponse, codeParam } from "../../class-http";

export const dynamic = "force-dynamic";

/** GET the class's results for its teacher: the board as JSON (polled by the teacher's page), or ?format=csv. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const url = new URL(request.url);
  try {
    const { store, session } = await sessionOf(await codeParam(params));
    await assertTeacher(store, session, await teacherToken(session.code, url.searchParams.get("key")));
    if (url.searchParams.get("format") === "csv") {
      return new Response(classCsv(await store.classes.answers(session.id)), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="class-${session.code}-${session.lesson}.csv"`, "cache-control": "no-store" },
      });
    }
    return Response.json(await boardOf(store, session), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return classErrorResponse(error);
  }
}
