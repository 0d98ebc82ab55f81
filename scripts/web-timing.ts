/** Weights and warm response times of pages under concurrent users: shared by the web benchmarks (figures, not tests). */

import fs from "node:fs";

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/** The HTML as sent, and within it the inline page data (the React Server Component payload, `self.__next_f.push` scripts). */
export async function weigh(url: string): Promise<{ html: number; data: number }> {
  const html = await (await fetch(url)).text();
  const data = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce((s, m) => s + Buffer.byteLength(m[1]!), 0);
  return { html: Buffer.byteLength(html), data };
}

/**
 * `users` concurrent users, each requesting `url` (with `headers`) again as soon as its last answer
 * arrived, for `seconds`: the sorted times in ms. `url` may be a function of the request's number,
 * for a new address each time.
 */
export async function load(to: string | ((n: number) => string), users: number, seconds: number, headers: Record<string, string> = {}): Promise<number[]> {
  const times: number[] = [];
  const end = Date.now() + seconds * 1000;
  let sent = 0;
  const user = async () => {
    while (Date.now() < end) {
      const url = typeof to === "string" ? to : to(sent++);
      const t0 = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: users }, user));
  return times.sort((a, b) => a - b);
}

/** The CPU time (user and system, ms) a process has used so far, from /proc: on a shared machine a fairer figure than wall time. */
export function cpuMs(pid: number): number {
  // fields 14 and 15 of /proc/PID/stat, counted after the command name's closing parenthesis
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s (USER_HZ on Linux)
}
