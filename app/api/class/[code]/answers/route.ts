import { sessionLesson, sessionOf, studentToken } from "@/app/class-session";
import { guessAnswer, spotAnswers } from "@/lib/classroom/answers";
import { AnswerSchema } from "@/lib/classroom/requests";
import { assertOpen, ClassError, studentOf } from "@/lib/classroom/session";
import { guessRound } from "@/lib/lessons/play";
import { readBody } from "../../../http";
import { classErrorResponse, codeParam } from "../../class-http";

export const dynamic = "force-dynamic";

/**
 * POST a student's play: { game: "spot", article, picks: [{ start, end, target? }] } or
 * { game: "guess", article, start, outlet }. The server scores it against the lesson and keeps
 * each item's first answer: { recorded, already }.
 */
export async function POST(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const read = await readBody(request, AnswerSchema);
  if ("error" in read) return read.error;
  try {
    const { store, session } = await sessionOf(await codeParam(params));
    assertOpen(session);
    const student = await studentOf(store, session, await studentToken(session.code));
    if (!student) throw new ClassError("not-joined", `join the class session ${session.code} with your name first`);
    const { corpus, lesson, material } = await sessionLesson(session);
    const body = read.body;
    const answers =
      body.game === "spot" ? spotAnswers(lesson, material, body.article, body.picks) : [guessAnswer(guessRound(corpus, lesson, material), body.article, body.start, body.outlet)];
    return Response.json(await store.classes.record(session.id, student.id, answers));
  } catch (error) {
    return classErrorResponse(error);
  }
}
