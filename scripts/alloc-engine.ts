/**
 * What the warm engine allocates, and what the garbage collector costs it: for each checkout given, its engine
 * (bundled as scripts/bench-ab.ts bundles it) analyses and tallies the bundled articles repeated to --mb MB, two passes
 * to warm up, then --passes passes under V8's sampling heap profiler (objects the collector has freed counted too),
 * then --passes passes timed with the collector's own pauses (PerformanceObserver "gc" entries). Prints the MB
 * allocated per pass and per MB of text, the collector's pauses as a share of the passes' CPU time, and the
 * functions that allocate most (self, after inlining: a function inlined into its caller counts as the caller).
 *
 *   node bin/run-ts.js scripts/alloc-engine.ts CHECKOUT [CHECKOUT…] [--mb 4] [--passes 2] [--top 12]
 */
import fs from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { arg, loadEngineOf, positionalArgs, repeatedArticles, type EngineExports } from "./bench-data";

interface ProfileNode {
  callFrame: { functionName: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** Runs `passes` in the sampling heap profiler (freed objects included), and returns its profile's root. */
function sampledAllocation(passes: () => void): ProfileNode {
  const session = new Session();
  session.connect();
  let root: ProfileNode | undefined;
  session.post("HeapProfiler.enable");
  // the two include* flags are V8's (not yet in Node's types): without them the profile holds only what is still alive
  session.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as object);
  passes();
  session.post("HeapProfiler.stopSampling", (error, result) => {
    if (error) throw error;
    root = (result as unknown as { profile: { head: ProfileNode } }).profile.head;
  });
  session.disconnect();
  if (!root) throw new Error("the heap profiler returned no profile");
  return root;
}

/** Bytes allocated by each function, summed over the profile's tree. */
function bytesByFunction(root: ProfileNode): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (node: ProfileNode) => {
    const name = `${node.callFrame.functionName || "(anonymous)"}:${node.callFrame.lineNumber}`;
    if (node.selfSize > 0) out.set(name, (out.get(name) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The collector's pauses (ms) and count while `passes` run, with the passes' CPU seconds. */
async function collectorShare(passes: () => void): Promise<{ gcMs: number; gcCount: number; cpu: number }> {
  const gc = { gcMs: 0, gcCount: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.gcMs += entry.duration;
      gc.gcCount++;
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const started = process.cpuUsage();
  passes();
  const used = process.cpuUsage(started);
  // the observer's entries arrive on a later turn of the event loop, after the timers' phase (not by setImmediate)
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { ...gc, cpu: (used.user + used.system) / 1e6 };
}

async function main(): Promise<void> {
  const roots = positionalArgs();
  if (roots.length === 0) throw new Error("usage: alloc-engine.ts CHECKOUT [CHECKOUT…] [--mb 4] [--passes 2] [--top 12]");
  const passes = Number(arg("passes", "2"));
  const top = Number(arg("top", "12"));
  const { sample, bytes } = repeatedArticles(Number(arg("mb", "4")));
  const mb = bytes / (1024 * 1024);
  const dir = path.join(__dirname, "..", "node_modules", ".cache", "adasa-alloc", String(process.pid));
  fs.mkdirSync(dir, { recursive: true });
  try {
    for (const [k, root] of roots.entries()) {
      const m: EngineExports = loadEngineOf(path.resolve(root), path.join(dir, `engine-${k}.js`));
      const engine = m.createEngine(m.loadLexicon(path.join(path.resolve(root), "lexicons")).lexicon);
      const run = (times: number) => () => {
        for (let r = 0; r < times; r++) {
          const outlets = new m.OutletTallies(engine);
          for (const { outlet, body } of sample) outlets.add(outlet, null, m.analyzeText(engine, body));
        }
      };
      run(2)();
      const byFunction = bytesByFunction(sampledAllocation(run(passes)));
      const total = [...byFunction.values()].reduce((a, b) => a + b, 0) / passes;
      const { gcMs, gcCount, cpu } = await collectorShare(run(passes));
      console.log(`${root}: ${(total / 1048576).toFixed(1)} MB allocated per pass over ${mb.toFixed(1)} MB (${(total / bytes).toFixed(1)} bytes per byte of text); collector ${gcCount} pauses, ${gcMs.toFixed(1)} ms in ${passes} passes of ${cpu.toFixed(3)} s CPU (${((100 * gcMs) / 1000 / cpu).toFixed(1)}%)`);
      for (const [name, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
        console.log(`  ${(size / passes / 1048576).toFixed(2).padStart(6)} MB  ${name}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
