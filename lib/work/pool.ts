import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { alignWorkerEntry } from "../io/paths";
import { SERVER_HEAP_MB } from "./heap";
import type { AlignJob, AlignResult, AlignTask } from "./tasks";

/**
 * The server's worker pool for alignment (diffs and comparisons), through
 * piscina: the server's own thread never runs an alignment, so one costly
 * diff cannot make every other request wait. Each task has a time budget
 * from the moment a worker starts it; past it the worker is terminated
 * (piscina does that when the task's AbortSignal fires) and replaced. A task
 * also waits at most so long for a free worker. A worker's heap is capped, so
 * a runaway task dies alone, not the server.
 *
 * Two lanes of one thread each: large texts go to the heavy lane, everyday
 * ones to the light lane, so a client sending costly diffs over and over
 * (each stopped at its budget, its worker replaced) holds up only other
 * costly diffs, never the ordinary ones. One pool per server process,
 * started with the server (instrumentation.ts).
 */
export const TIME_BUDGET_MS = 5000;
/** How long a task may wait for a free worker before it is refused (the server is busy). */
export const QUEUE_WAIT_MS = 5000;
/** Texts with at most this many sentences in all take the light lane. */
export const LIGHT_LANE_SENTENCES = 1000;
export type Lane = "light" | "heavy";
/** Tasks waiting in a lane beyond this many are refused at once: a burst must not queue for minutes. */
const MAX_QUEUE = 16;
/** A worker's heap cap: the server's own limit, which the process's flag gives every thread anyway (heap.ts). */
const WORKER_HEAP_MB = SERVER_HEAP_MB;
const WORKER_NICE = 10;

/** The task was not done: too slow, too big, or the pool was full. The message says which. */
export class WorkRefused extends Error {}

const lane = (): Piscina =>
  new Piscina({
    filename: alignWorkerEntry(),
    name: "runAlignJob",
    // the thread starts (and loads its code) at once, and a terminated one is replaced at once
    minThreads: 1,
    maxThreads: 1,
    maxQueue: MAX_QUEUE,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // workers run at a lower priority (nice +10, through piscina's optional @napi-rs/nice) than the
    // server's own thread: a costly diff takes the CPU that is left, not the one pages need
    niceIncrement: WORKER_NICE,
  });

// Next bundles each route apart: the pool lives on globalThis, once per process.
const shared = globalThis as unknown as { __adasaPool?: Record<Lane, Piscina> };

/** The pool's lanes, created (their workers starting, each compiling the lexicon) on first use. */
export function startPool(): Record<Lane, Piscina> {
  shared.__adasaPool ??= { light: lane(), heavy: lane() };
  return shared.__adasaPool;
}

export const laneFor = (sentences: readonly number[]): Lane => (sentences.reduce((a, b) => a + b, 0) <= LIGHT_LANE_SENTENCES ? "light" : "heavy");

const BUSY = "the server is busy with other comparisons; try again in a moment";

function refusal(error: unknown, budgetMs: number): WorkRefused | null {
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown };
  if (e?.name === "AbortError") return new WorkRefused(e.cause === BUSY ? BUSY : `the comparison took more than ${budgetMs / 1000} s and was stopped; compare shorter texts`);
  if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") return new WorkRefused(`the comparison needed more than ${WORKER_HEAP_MB} MB and was stopped; compare shorter texts`);
  if (e?.message === "Task queue is at limit") return new WorkRefused(BUSY);
  return null;
}

/**
 * Runs `task` in a lane of the pool, or throws WorkRefused: when no worker takes it up
 * within QUEUE_WAIT_MS, or when it runs longer than `budgetMs`. The worker
 * says when it starts (a message on a port of the job's own), which starts the budget.
 */
export async function runInPool<T extends AlignTask>(task: T, lane: Lane, budgetMs = TIME_BUDGET_MS): Promise<AlignResult<T>> {
  const controller = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let timer = setTimeout(() => controller.abort(BUSY), QUEUE_WAIT_MS);
  port1.once("message", () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort("time budget"), budgetMs);
  });
  try {
    const job: AlignJob = { task, started: port2 };
    return (await startPool()[lane].run(job, { signal: controller.signal, transferList: [port2] })) as AlignResult<T>;
  } catch (error) {
    throw refusal(error, budgetMs) ?? error;
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}
