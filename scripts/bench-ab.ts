/**
 * Before/after on a shared machine: the engines of two checkouts in one process, alternating
 * passes over the same sample of the bundled articles, so both see the same load at the same
 * moments. Each checkout's engine is bundled by esbuild (as bin/bundle.js bundles the CLI) into
 * node_modules/.cache/adasa-ab of this checkout, so that its packages load from here; prints the
 * least CPU time of each and their ratio.
 *
 *   node bin/run-ts.js scripts/bench-ab.ts BEFORE_DIR AFTER_DIR [--rounds 20] [--mb 4] [--chunk 25]
 *
 * BEFORE_DIR and AFTER_DIR are checkouts (a `git worktree add` of each commit, or `git archive`).
 */
import { arg, positionalArgs, repeatedArticles, withCheckoutEngines } from "./bench-data";

function main(): void {
  const [before, after] = positionalArgs();
  if (!before || !after) throw new Error("usage: bench-ab.ts BEFORE_DIR AFTER_DIR [--rounds N] [--mb MB]");
  const rounds = Number(arg("rounds", "20"));
  const megabytes = Number(arg("mb", "4"));
  withCheckoutEngines("adasa-ab", [before, after], (checkouts) => {
    const sides = checkouts.map((c) => ({ ...c, best: Infinity, total: 0, matches: 0 }));
    const { sample, bytes } = repeatedArticles(megabytes);
    // each pass alternates the two engines every `chunk` articles, so that both meet the same load at nearly the same
    // moments (on two cores shared with other jobs, one pass of one engine can fall in a quieter second than the other's);
    // the first quarter of the passes warms the JIT up and is not counted
    const chunk = Number(arg("chunk", "25"));
    const warmup = Math.floor(rounds / 4);
    for (let r = 0; r < rounds; r++) {
      const passes = sides.map((side) => ({ side, outlets: new side.m.OutletTallies(side.engine), cpu: 0, matches: 0 }));
      for (let at = 0; at < sample.length; at += chunk) {
        for (const pass of (at / chunk + r) % 2 === 0 ? passes : [...passes].reverse()) {
          const { side, outlets } = pass;
          const cpu = process.cpuUsage();
          for (const { outlet, body } of sample.slice(at, at + chunk)) {
            const analysis = side.m.analyzeText(side.engine, body);
            outlets.add(outlet, null, analysis);
            pass.matches += analysis.matches.length;
          }
          const used = process.cpuUsage(cpu);
          pass.cpu += (used.user + used.system) / 1e6;
        }
      }
      for (const { side, cpu, matches } of passes) {
        side.best = Math.min(side.best, cpu);
        if (r >= warmup) side.total += cpu;
        side.matches = matches;
      }
    }
    const mb = bytes / (1024 * 1024);
    for (const s of sides) console.log(`${s.root}: least CPU ${s.best.toFixed(3)} s of ${rounds} passes over ${mb.toFixed(1)} MB (${(mb / s.best).toFixed(1)} MB per CPU second), CPU of the last ${rounds - warmup} passes ${s.total.toFixed(3)} s, ${s.matches} matches`);
    console.log(`after / before CPU: ${(sides[1]!.best / sides[0]!.best).toFixed(3)} (least pass), ${(sides[1]!.total / sides[0]!.total).toFixed(3)} (sum, interleaved every ${chunk} articles)`);
  });
}

main();
