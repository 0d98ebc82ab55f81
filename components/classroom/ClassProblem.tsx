import { classroomDict } from "@/messages/classroom";
import type { Lang } from "@/messages/ui";
import type { ClassReason } from "@/lib/classroom/session";

/** Why a class page cannot be shown, in the reader's language, with the server's exact message beside it. */
export function ClassProblem({ lang, reason, message }: { lang: Lang; reason: ClassReason | "other"; message: string }) {
  return (
    <div role="alert" className="error" data-testid="class-problem" data-reason={reason}>
      <p>{classroomDict(lang).session.reasons[reason]}</p>
      {reason === "other" && <p className="hint">{message}</p>}
    </div>
  );
}
