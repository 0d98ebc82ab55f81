import { stringify } from "csv-stringify/sync";
import type { StudentAnswer } from "../store/classes";

/** The columns of a class session's results CSV: one row per student and item. */
export const CLASS_CSV_COLUMNS = ["student", "game", "article", "outlet", "item", "term", "target", "text", "outcome", "target_right", "guessed", "answered_at"] as const;

/**
 * RFC 4180 (CRLF line ends, fields with commas, quotes or line breaks quoted), in UTF-8 with a
 * byte-order mark: without it, Excel reads UTF-8 as the system's code page and shows Arabic as
 * mojibake.
 */
export function classCsv(answers: readonly StudentAnswer[]): string {
  const rows = answers.map((a) => [a.student, a.game, a.article, a.outlet, a.item, a.term ?? "", a.target ?? "", a.text, a.outcome, a.targetRight === null ? "" : String(a.targetRight), a.guessed ?? "", a.answeredAt]);
  // a bare line feed inside a field is quoted too (csv-stringify quotes only the record delimiter, CRLF, by default)
  return stringify([[...CLASS_CSV_COLUMNS], ...rows], { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
