// Lists every naming of the gold set whose voice the engine reads otherwise than the reader: its sentence, the
// reader's voice and the engine's (with the cue behind an attributed voice):
// `node bin/run-ts.js scripts/eval-voice.ts [--gold DIR] [--lexicon DIR]`.
import { createEngine } from "../lib/analysis/engine";
import { splitSentences } from "../lib/arabic/sentences";
import { evaluate, loadGold } from "../lib/evaluation";
import { loadLexicon } from "../lib/lexicon/load";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const engine = createEngine(loadLexicon(option("--lexicon", "lexicons")).lexicon);
const { scores, voice } = evaluate(engine, loadGold(option("--gold", "tests/gold/passages")));
for (const s of scores) {
  const sentences = splitSentences(s.text);
  for (const { gold, match } of s.pairs) {
    if (match.voice === gold.spec.voice) continue;
    const sentence = sentences.find((x) => x.start <= gold.start && gold.start < x.end)!;
    const engineSays = `${match.voice}${match.cue ? ` (${match.cue})` : ""}`;
    process.stdout.write(`${s.id} «${gold.text}» reader ${gold.spec.voice} | engine ${engineSays}\n    ${s.text.slice(sentence.start, sentence.end).trim()}\n`);
  }
}
process.stdout.write(`voice right where found: ${voice.right}/${voice.found}\n`);
