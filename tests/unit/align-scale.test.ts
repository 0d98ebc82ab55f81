import { spawnSync } from "node:child_process";
import path from "node:path";
import { checkSentenceLimit, diffTexts, MAX_SENTENCES_PER_TEXT } from "../../lib/align";
import { BAND, candidatePairs } from "../../lib/align/candidates";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { longRewrites, oneWordLines } from "../fixtures/long-texts";
import { bundledEngine, ROOT } from "../helpers";

/** Wall-clock bound for a child run: generous, since the bounds that matter (CPU time, heap) are asserted inside. */
const CHILD_TIMEOUT = 300_000;

interface BenchCase {
  label: string;
  sentences: [number, number];
  aligned: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

/**
 * Runs scripts/bench-align.ts in a child process, as the CLI and server run
 * the engine (jest's compiled code is several times slower), with V8's heap
 * capped: a case that completes under the cap has bounded memory.
 */
function bench(args: string[], heapMB: number): BenchCase[] {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, path.join(ROOT, "bin", "run-ts.js"), path.join(ROOT, "scripts", "bench-align.ts"), ...args, "--no-dense", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: CHILD_TIMEOUT,
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return run.stdout.trim().split("\n").map((line) => JSON.parse(line) as BenchCase);
}

describe("alignment at scale (issue 10: 30,000 one-word lines ran the server out of memory)", () => {
  it("aligns 30,000 one-word lines a side line for line, each diff under 5 s of CPU, under a 192 MB heap cap", () => {
    const cases = bench(["--only", "hostile"], 192);
    expect(cases.map((c) => c.label)).toEqual(["30,000 one-word lines a side, the same word", "30,000 one-word lines a side, distinct words"]);
    for (const c of cases) {
      expect(c.sentences).toEqual([30_000, 30_000]);
      expect(c.aligned).toBe(30_000);
      // CPU time: wall time on the shared CI machine depends on its other load
      expect(c.cpuSeconds).toBeLessThan(5);
    }
  }, CHILD_TIMEOUT);

  it("aligns two 10,000-sentence rewrites, finding nearly every kept sentence, under a 256 MB heap cap", () => {
    const [c] = bench(["--only", "rewrites", "--sizes", "10000"], 256);
    // B keeps 6 in 7 of A's sentences
    expect(c!.aligned).toBeGreaterThan(10_000 * (6 / 7) * 0.95);
    expect(c!.cpuSeconds).toBeLessThan(30);
  }, CHILD_TIMEOUT);

  it("aligns two 2,000-sentence rewrites with every aligned pair alike", () => {
    const { a, b } = longRewrites(2_000);
    const side = (text: string) => ({ text, analysis: analyzeText(bundledEngine(), text) });
    const pairs = diffTexts(side(a), side(b)).pairs.filter((p) => p.a !== null && p.b !== null);
    expect(pairs.length).toBeGreaterThan(2_000 * (6 / 7) * 0.95);
    for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(0.5);
  }, CHILD_TIMEOUT);

  it("keeps the candidate pairs of a text of one repeated word within the diagonal band", () => {
    const words = Array.from({ length: 30_000 }, () => ["حفتر"]);
    const { a } = candidatePairs(words, words, 0.2);
    expect(a.length).toBeLessThanOrEqual(30_000 * (2 * BAND + 1));
  });
});

describe("sentence limit for the web routes", () => {
  it("accepts a text within the limit and counts its sentences", () => {
    expect(checkSentenceLimit("قال حفتر. ردت طرابلس؟ لا.")).toEqual({ ok: true, sentences: 3 });
  });

  it("refuses a text over the limit with a message naming both numbers", () => {
    const result = checkSentenceLimit(oneWordLines(MAX_SENTENCES_PER_TEXT + 1, () => "حفتر"), MAX_SENTENCES_PER_TEXT, "text a");
    expect(result).toMatchObject({ ok: false, sentences: MAX_SENTENCES_PER_TEXT + 1, max: MAX_SENTENCES_PER_TEXT });
    expect(!result.ok && result.message).toBe("text a has 5,001 sentences; at most 5,000 can be aligned");
  });
});
