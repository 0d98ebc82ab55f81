import { redirect } from "next/navigation";
import { sessionForPage, studentToken } from "@/app/class-session";
import { href } from "@/components/links";
import { studentOf } from "@/lib/classroom/session";
import type { Lang } from "@/messages/ui";

/** A game page of a class: the joined student, the session and its lesson; anyone else goes back to the class page (join form, or why not). */
export async function playerOr(code: string, lang: Lang) {
  const back = href(`/class/${encodeURIComponent(code)}`, {}, lang);
  const found = await sessionForPage(code);
  if (!found.ok || found.session.status !== "open") redirect(back);
  const student = await studentOf(found.store, found.session, await studentToken(found.session.code));
  if (!student) redirect(back);
  return { session: found.session, student, back, corpus: found.corpus, lesson: found.lesson, material: found.material };
}
