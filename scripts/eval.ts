// Scores the engine on the hand-marked gold set: `npm run eval` (add `-- --details` for every
// miss and false hit, `-- --json` for the numbers, `-- --lexicon DIR --gold DIR` for others).
import { createEngine } from "../lib/analysis/engine";
import { evaluate, evaluationDetails, evaluationTable, loadGold } from "../lib/evaluation";
import { loadLexicon } from "../lib/lexicon/load";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const engine = createEngine(loadLexicon(option("--lexicon", "lexicons")).lexicon);
const evaluation = evaluate(engine, loadGold(option("--gold", "tests/gold/passages")));
if (args.includes("--json")) {
  const { scores: _scores, ...figures } = evaluation;
  process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
} else {
  process.stdout.write(evaluationTable(evaluation));
  if (args.includes("--details")) process.stdout.write("\n" + evaluationDetails(evaluation));
}
