/**
 * A timeline of each thread of one command: its CPU time, when it first and
 * last ran, and its CPU in every half second, read from
 * /proc/PID/task/TID/stat every 50 ms while the command runs (Linux only).
 * Made to see where the CPU of `adasa analyze DIR --threads 2` goes: the
 * main thread, the worker thread and V8's helper threads (garbage
 * collection, compilers), which all show as `node`; the main thread is the
 * one whose id is the process's. For each thread also its time runnable but
 * waiting for a core (/proc/…/schedstat: the machine's load) and its time
 * asleep (its life less both: waiting for another thread, or for I/O).
 *
 *   node bin/run-ts.js scripts/thread-timeline.ts [--copies N] -- node bin/adasa.js analyze DIR --format table --threads 2
 *
 * `--copies N` runs N copies of the command at once and gives each one's
 * threads: two one-thread runs side by side show what running two engines
 * at once costs each of them on this machine (README, round 7).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

const SAMPLE_MS = 50;
const STRIP_MS = 500;
/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Sample {
  readonly at: number;
  readonly ticks: number;
  /** From /proc/…/schedstat, in ns: time on a core, and time runnable but waiting for one (the machine's load). */
  readonly runNs: number;
  readonly waitNs: number;
}

/** CPU ticks (user + system) and schedstat's run and wait times of each thread of `pid`, by thread id; empty once the process is gone. */
function threadTicks(pid: number): Map<number, Omit<Sample, "at">> {
  const ticks = new Map<number, Omit<Sample, "at">>();
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return ticks;
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // the fields after the command's name, which may hold spaces and parentheses
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const [runNs, waitNs] = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ").map(Number);
      ticks.set(Number(tid), { ticks: Number(fields[11]) + Number(fields[12]), runNs: runNs!, waitNs: waitNs! });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return ticks;
}

/** One line per thread that used at least a tick: CPU, first and last sample where it ran, and its CPU (in ticks) per half second. */
function report(pid: number, threads: ReadonlyMap<number, readonly Sample[]>, wallMs: number): string[] {
  const lines: string[] = [];
  let total = 0;
  for (const [tid, samples] of threads) {
    const ticks = samples.at(-1)!.ticks;
    total += ticks;
    if (ticks === 0) continue;
    const strip = new Array<number>(Math.ceil(wallMs / STRIP_MS) + 1).fill(0);
    let first: number | undefined;
    let last = 0;
    for (let i = 1; i < samples.length; i++) {
      const grew = samples[i]!.ticks - samples[i - 1]!.ticks;
      if (grew <= 0) continue;
      first ??= samples[i]!.at;
      last = samples[i]!.at;
      strip[Math.floor(samples[i]!.at / STRIP_MS)]! += grew;
    }
    const name = tid === pid ? "main" : String(tid);
    // asleep: the thread's life (first to last sample that saw it) less its time on a core and waiting for one
    const { runNs, waitNs } = samples.at(-1)!;
    const lifeS = (samples.at(-1)!.at - samples[0]!.at) / 1000;
    const asleepS = Math.max(0, lifeS - (runNs + waitNs) / 1e9);
    lines.push(
      `${name.padStart(8)}  CPU ${(ticks / TICKS_PER_SECOND).toFixed(2).padStart(5)} s  waiting for a core ${(waitNs / 1e9).toFixed(2).padStart(5)} s  asleep ${asleepS.toFixed(2).padStart(5)} s  ` +
        `ran ${((first ?? 0) / 1000).toFixed(1)}–${(last / 1000).toFixed(1)} s  |${strip.map((t) => String(t).padStart(3)).join("")}`,
    );
  }
  lines.push(`   total  CPU ${(total / TICKS_PER_SECOND).toFixed(2)} s over ${(wallMs / 1000).toFixed(2)} s of wall`);
  return lines;
}

async function main(): Promise<void> {
  const dash = process.argv.indexOf("--");
  if (dash < 0 || dash === process.argv.length - 1) throw new Error("usage: thread-timeline.ts [--copies N] -- COMMAND ARGS…");
  const copiesAt = process.argv.indexOf("--copies");
  const copies = copiesAt >= 0 && copiesAt < dash ? Number(process.argv[copiesAt + 1]) : 1;
  const [command, ...args] = process.argv.slice(dash + 1) as [string, ...string[]];
  const started = Date.now();
  // stdout is a pipe read here (as by `| wc -c`): adasa writes a pipe through a thread of its own, a file or /dev/null without it
  const children: ChildProcess[] = Array.from({ length: copies }, () => spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] }));
  for (const child of children) child.stdout!.resume();
  const samples = children.map(() => new Map<number, Sample[]>());
  const ended = children.map((child) => new Promise<number>((resolve) => child.on("exit", () => resolve(Date.now() - started))));
  const running = new Set(children.map((_, i) => i));
  for (const [i, end] of ended.entries()) void end.then(() => running.delete(i));
  try {
    while (running.size > 0) {
      const at = Date.now() - started;
      for (const i of running) {
        for (const [tid, sample] of threadTicks(children[i]!.pid!)) {
          const list = samples[i]!.get(tid) ?? [];
          list.push({ at, ...sample });
          samples[i]!.set(tid, list);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
  const walls = await Promise.all(ended);
  console.log(`${command} ${args.join(" ")} — ${copies} cop${copies === 1 ? "y" : "ies"} at once, load average ${os.loadavg()[0]!.toFixed(1)}`);
  for (const [i, child] of children.entries()) {
    console.log(`copy ${i + 1} (exit ${child.exitCode}), CPU per thread and per ${STRIP_MS / 1000} s (ticks of 10 ms):`);
    for (const line of report(child.pid!, samples[i]!, walls[i]!)) console.log(line);
  }
}

void main();
