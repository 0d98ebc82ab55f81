import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { alignWorkerEntry } from "../io/paths";
import type { AlignJob, AlignResult, AlignTask } from "./tasks";

/**
 * The server's worker pool for alignment (diffs and comparisons), through
 * piscina: the server's own thread never runs an alignment, so one costly
 * diff cannot make every other request wait. Each task has a time budget
 * from the moment a worker starts it; past it the worker is terminated
 * (piscina does that when the task's AbortSignal fires) and replaced. A task
 * also waits at most so long for a free worker. A worker's heap is capped, so
 * a runaway task dies alone, not the server. One pool per server process,
 * started with the server (instrumentation.ts).
 */
export const TIME_BUDGET_MS = 5000;
/** How long a task may wait for a free worker before it is refused (the server is busy). */
export const QUEUE_WAIT_MS = 5000;
const THREADS = 2;
/** Tasks waiting beyond this many are refused at once: a burst must not queue for minutes. */
const MAX_QUEUE = 16;
const WORKER_HEAP_MB = 512;
const WORKER_NICE = 10;

/** The task was not done: too slow, too big, or the pool was full. The message says which. */
export class WorkRefused extends Error {}

// Next bundles each route apart: the pool lives on globalThis, once per process.
const shared = globalThis as unknown as { __adasaPool?: Piscina };

/** The pool, created (its workers starting, each compiling the lexicon) on first use. */
export function startPool(): Piscina {
  shared.__adasaPool ??= new Piscina({
    filename: alignWorkerEntry(),
    name: "runAlignJob",
    // both threads start (and load their code) at once, and a terminated one is replaced at once
    minThreads: THREADS,
    maxThreads: THREADS,
    maxQueue: MAX_QUEUE,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // workers run at a lower priority (nice +10, through piscina's optional @napi-rs/nice) than the
    // server's own thread: a costly diff takes the CPU that is left, not the one pages need
    niceIncrement: WORKER_NICE,
  });
  return shared.__adasaPool;
}

const BUSY = "the server is busy with other comparisons; try again in a moment";

function refusal(error: unknown, budgetMs: number): WorkRefused | null {
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown };
  if (e?.name === "AbortError") return new WorkRefused(e.cause === BUSY ? BUSY : `the comparison took more than ${budgetMs / 1000} s and was stopped; compare shorter texts`);
  if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") return new WorkRefused(`the comparison needed more than ${WORKER_HEAP_MB} MB and was stopped; compare shorter texts`);
  if (e?.message === "Task queue is at limit") return new WorkRefused(BUSY);
  return null;
}

/**
 * Runs `task` in the pool, or throws WorkRefused: when no worker takes it up
 * within QUEUE_WAIT_MS, or when it runs longer than `budgetMs`. The worker
 * says when it starts (a message on a port of the job's own), which starts the budget.
 */
export async function runInPool<T extends AlignTask>(task: T, budgetMs = TIME_BUDGET_MS): Promise<AlignResult<T>> {
  const controller = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let timer = setTimeout(() => controller.abort(BUSY), QUEUE_WAIT_MS);
  port1.once("message", () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort("time budget"), budgetMs);
  });
  try {
    const job: AlignJob = { task, started: port2 };
    return (await startPool().run(job, { signal: controller.signal, transferList: [port2] })) as AlignResult<T>;
  } catch (error) {
    throw refusal(error, budgetMs) ?? error;
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}
