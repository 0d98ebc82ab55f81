// Lists every side-switching label of the gold set: its sentence, the camp the reader sees, and what
// resolution made of it (camp, step, evidence): `node bin/run-ts.js scripts/eval-labels.ts [--gold DIR] [--wrong]`.
import { createEngine } from "../lib/analysis/engine";
import { splitSentences } from "../lib/arabic/sentences";
import { evaluate, loadGold } from "../lib/evaluation";
import { campRight, resolvedTarget } from "../lib/evaluation/score";
import { loadLexicon } from "../lib/lexicon/load";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const engine = createEngine(loadLexicon(option("--lexicon", "lexicons")).lexicon);
const { scores } = evaluate(engine, loadGold(option("--gold", "tests/gold/passages")));
const wrongOnly = args.includes("--wrong");
for (const s of scores) {
  const sentences = splitSentences(s.text);
  for (const g of s.namings.filter((n) => n.spec.resolved !== null)) {
    const pair = s.pairs.find((p) => p.gold === g);
    const right = pair ? campRight(pair) : false;
    if (wrongOnly && right) continue;
    const sentence = sentences.find((x) => x.start <= g.start && g.start < x.end)!;
    const r = pair?.match.resolved;
    const engineSays = !pair ? "MISSED" : pair.match.target === g.spec.resolved ? `named ${pair.match.target}` : `${resolvedTarget(pair.match) ?? "unresolved"} by ${r?.by ?? "-"}${r?.evidence ? ` «${s.text.slice(r.evidence.start, r.evidence.end)}»` : ""}`;
    process.stdout.write(`${right ? "ok " : "BAD"} ${s.id} «${g.text}» v${g.spec.valence} reader ${g.spec.resolved} | engine ${engineSays}\n    ${s.text.slice(sentence.start, sentence.end).trim()}\n`);
  }
}
