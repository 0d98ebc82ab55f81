/**
 * Whether the engines of two checkouts give the same analyses, byte for byte: both bundled and loaded into one process
 * (as scripts/bench-ab.ts loads them), each with its own lexicons/, run over the same texts, and the JSON of every
 * analysis compared. The texts: the bundled articles (articles/), every gold passage (tests/gold/passages, with its
 * date), --generated articles of scripts/corpus-gen.ts (default 3000, dated), and --mixed texts made of random gold
 * passages joined (default 500, so that passages meet other passages' contexts). Prints the count of texts and matches
 * compared and the first difference; exits 1 on any difference.
 *
 *   node bin/run-ts.js scripts/check-engine-same.ts BEFORE_DIR AFTER_DIR [--generated 3000] [--mixed 500] [--seed 7]
 */
import path from "node:path";
import { loadGold } from "../lib/evaluation";
import { arg, bundledArticles, positionalArgs, withCheckoutEngines } from "./bench-data";
import { generateArticles, prng } from "./corpus-gen";

interface Text {
  readonly name: string;
  readonly body: string;
  readonly date: string | null;
}

const GOLD_DIR = path.join(__dirname, "..", "tests", "gold", "passages");

/** `count` texts of 2–6 gold passages each, picked by a seeded PRNG, dated as the first passage picked. */
function mixedPassages(passages: readonly Text[], count: number, seed: number): Text[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const picked = Array.from({ length: 2 + Math.floor(random() * 5) }, () => passages[Math.floor(random() * passages.length)]!);
    return { name: `mixed-${i + 1} (${picked.map((p) => p.name).join(", ")})`, body: picked.map((p) => p.body).join("\n\n"), date: picked[0]!.date };
  });
}

function texts(generated: number, mixed: number, seed: number): { label: string; texts: Text[] }[] {
  const articles = bundledArticles().map((a): Text => ({ name: `article ${a.id}`, body: a.body, date: a.date }));
  const gold = loadGold(GOLD_DIR).map((p): Text => ({ name: `gold ${p.id}`, body: p.text, date: p.date ?? null }));
  const made = [...generateArticles(generated, seed)].map((a): Text => ({ name: a.id, body: a.text, date: a.date }));
  return [
    { label: "bundled articles", texts: articles },
    { label: "gold passages", texts: gold },
    { label: "generated articles", texts: made },
    { label: "mixed gold passages", texts: mixedPassages(gold, mixed, seed) },
  ];
}

/** Where two strings first differ, with some text either side of it. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 200), i + 200));
  return `at character ${i}:\n  before: ${around(a)}\n  after:  ${around(b)}`;
}

function main(): void {
  const [before, after] = positionalArgs();
  if (!before || !after) throw new Error("usage: check-engine-same.ts BEFORE_DIR AFTER_DIR [--generated N] [--mixed N] [--seed N]");
  withCheckoutEngines("adasa-same", [before, after], (sides) => {
    let compared = 0;
    let matches = 0;
    let differing = 0;
    for (const group of texts(Number(arg("generated", "3000")), Number(arg("mixed", "500")), Number(arg("seed", "7")))) {
      let groupMatches = 0;
      for (const t of group.texts) {
        const [a, b] = sides.map(({ m, engine }) => m.analyzeText(engine, t.body, t.date));
        const [ja, jb] = [JSON.stringify(a), JSON.stringify(b)];
        compared++;
        groupMatches += a!.matches.length;
        if (ja === jb) continue;
        if (differing++ === 0) console.log(`first difference, ${t.name} ${firstDifference(ja, jb)}`);
      }
      matches += groupMatches;
      console.log(`${group.label}: ${group.texts.length} texts, ${groupMatches} matches (before)`);
    }
    console.log(`${compared} analyses compared (${matches} matches): ${differing === 0 ? "identical" : `${differing} differ`}`);
    process.exitCode = differing === 0 ? 0 : 1;
  });
}

main();
