import { analyzeText, type Match } from "../../lib/analysis/analyze-text";
import { bundledEngine } from "../helpers";

/** The match of exactly `text` in `body`, analysed with the bundled engine on `date`: the label whose resolution a test reads. */
export const label = (body: string, text: string, date: string | null = null): Match => {
  const m = analyzeText(bundledEngine(), body, date).matches.find((x) => body.slice(x.start, x.end) === text);
  if (!m) throw new Error(`no match "${text}"`);
  return m;
};

/** The words a label's resolution gives as evidence. */
export const evidence = (body: string, m: Match): string => body.slice(m.resolved!.evidence!.start, m.resolved!.evidence!.end);
