import { Piscina } from "piscina";
import type { Engine } from "../analysis/engine";
import { alignWorkerEntry } from "../io/paths";
import type { AlignResult, AlignTask, LexiconRef } from "./tasks";

/**
 * The server's worker pool for alignment (diffs and comparisons), through
 * piscina: the server's own thread never runs an alignment, so one costly
 * diff cannot make every other request wait, and each task has a time
 * budget after which its worker is terminated (piscina does that when the
 * task's AbortSignal fires) and replaced. A worker's heap is capped, so a
 * runaway task dies alone, not the server. One pool per server process.
 */
export const TIME_BUDGET_MS = 5000;
const THREADS = 2;
/** Tasks waiting beyond this many are refused at once: a burst must not queue for minutes. */
const MAX_QUEUE = 16;
const WORKER_HEAP_MB = 512;
const WORKER_NICE = 10;

/** The task was not done: too slow, too big, or the pool was full. The message says which. */
export class WorkRefused extends Error {}

// Next bundles each route apart: the pool and the lexicon versions live on globalThis, once per process.
const shared = globalThis as unknown as { __adasaPool?: { pool: Piscina; versions: WeakMap<Engine, string>; next: number } };

function state() {
  shared.__adasaPool ??= {
    pool: new Piscina({
      filename: alignWorkerEntry(),
      name: "runAlignTask",
      // both threads start (and load their code) at once, and a terminated one is replaced at once
      minThreads: THREADS,
      maxThreads: THREADS,
      maxQueue: MAX_QUEUE,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // workers run at a lower priority (nice +10, through piscina's optional @napi-rs/nice) than the
      // server's own thread: a costly diff takes the CPU that is left, not the one pages need
      niceIncrement: WORKER_NICE,
    }),
    versions: new WeakMap(),
    next: 0,
  };
  return shared.__adasaPool;
}

/** The lexicon a worker must load for `engine`: a new version each time the server compiled it again. */
export function lexiconRef(engine: Engine, lexiconPath: string): LexiconRef {
  const s = state();
  let version = s.versions.get(engine);
  if (!version) s.versions.set(engine, (version = String(++s.next)));
  return { path: lexiconPath, version };
}

function refusal(error: unknown, budgetMs: number): WorkRefused | null {
  const e = error as { name?: string; code?: string; message?: string };
  if (e?.name === "AbortError") return new WorkRefused(`the comparison took more than ${budgetMs / 1000} s and was stopped; compare shorter texts`);
  if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") return new WorkRefused(`the comparison needed more than ${WORKER_HEAP_MB} MB and was stopped; compare shorter texts`);
  if (e?.message === "Task queue is at limit") return new WorkRefused("the server is busy with other comparisons; try again in a moment");
  return null;
}

/** Runs `task` in the pool within `budgetMs` (waiting in the queue included), or throws WorkRefused. */
export async function runInPool<T extends AlignTask>(task: T, budgetMs = TIME_BUDGET_MS): Promise<AlignResult<T>> {
  try {
    return (await state().pool.run(task, { signal: AbortSignal.timeout(budgetMs) })) as AlignResult<T>;
  } catch (error) {
    throw refusal(error, budgetMs) ?? error;
  }
}
