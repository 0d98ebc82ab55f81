import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * The production app (`next start`) for browser tests: one server per test
 * file, on a free port, over the corpus the test names, stopped with its
 * whole process group afterwards.
 */
export const ROOT = path.join(__dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const ORPHAN_GUARD = path.join(__dirname, "orphan-guard.js");

/** The corpus every browser test serves: the bundled seeds, the wire fixtures and the XSS fixture. */
export const TEST_ARTICLES = [
  path.join(ROOT, "articles"),
  path.join(ROOT, "tests", "fixtures", "wire"),
  path.join(ROOT, "tests", "fixtures", "xss"),
].join(path.delimiter);

export interface AppServer {
  readonly url: string;
  readonly port: number;
  /** The server process (`next-server`), whose memory a test may read. */
  readonly pid: number;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Fails loudly (never skips) when there is no production build to serve. */
export function assertBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error(`no production build in ${path.join(ROOT, ".next")}: run \`npx next build\` first (npm test does)`);
  }
}

const live = new Set<ChildProcess>();
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole group: npm/next and any worker it forked
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}
// a test process that dies without afterAll must not leave servers behind; the hook is there only
// while a server runs, so the test files one Jest worker runs in turn do not pile up exit listeners
const killLive = () => {
  for (const child of live) killGroup(child, "SIGKILL");
};
function track(child: ChildProcess): void {
  if (live.size === 0) process.once("exit", killLive);
  live.add(child);
}
function untrack(child: ChildProcess): void {
  if (live.delete(child) && live.size === 0) process.off("exit", killLive);
}

/**
 * Whether `url` answers within 30 s. The timer is our own and cleared at once: an
 * AbortSignal.timeout() timer stays armed for its 30 s after the answer, and held the Jest
 * worker past the end of its tests ("a worker process has failed to exit gracefully").
 */
async function answers(url: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: "manual" });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export interface StartOptions {
  /** Extra environment for the server (ADASA_ARTICLES…); without ADASA_DATA or DATABASE_URL, a fresh embedded store of its own. */
  readonly env?: Readonly<Record<string, string>>;
  /** The path to request until the server answers; its first response may be slow (the corpus is analysed then). */
  readonly readyPath?: string;
  readonly timeoutMs?: number;
}

/** Starts `next start` on a free port and resolves once `readyPath` answers. */
export async function startServer(options: StartOptions = {}): Promise<AppServer> {
  assertBuilt();
  const { readyPath = "/", timeoutMs = 90_000 } = options;
  // each server its own embedded store (servers of several test files run at once), unless the test names one
  const ownData = options.env?.ADASA_DATA === undefined && !options.env?.DATABASE_URL ? fs.mkdtempSync(path.join(os.tmpdir(), "adasa-app-data-")) : undefined;
  const env = { ...(ownData ? { ADASA_DATA: ownData, DATABASE_URL: "" } : {}), ...options.env };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--require", ORPHAN_GUARD, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true, // its own process group, so stop() takes every child with it
    stdio: ["ignore", "pipe", "pipe"],
  });
  track(child);
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    untrack(child);
    if (ownData) fs.rmSync(ownData, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      untrack(child);
      if (ownData) fs.rmSync(ownData, { recursive: true, force: true });
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before answering:\n${log}`);
    }
    if (await answers(url + readyPath)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer ${url}${readyPath} within ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, pid: child.pid!, output: () => log, stop };
}

/** POSTs `body` as JSON (a string is sent as it is, for bodies that are not JSON). */
export const postJson = (url: string, body: unknown): Promise<Response> =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

/** Resident memory of a process in MB (VmRSS of /proc/PID/status: every thread, the worker pool's included). */
export function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb[1]) / 1024;
}

/**
 * The app and a browser page for one test file: the production server over the test corpus, and
 * Chromium. If either fails to start, the other is stopped before the error is thrown (a beforeAll
 * that throws leaves afterAll nothing to stop).
 */
export async function startApp() {
  const { launchBrowser, newPage } = await import("./browser");
  const [server, browser] = await Promise.allSettled([startServer({ env: { ADASA_ARTICLES: TEST_ARTICLES } }), launchBrowser()]);
  if (server.status === "rejected" || browser.status === "rejected") {
    await stopApp({ server: server.status === "fulfilled" ? server.value : undefined, browser: browser.status === "fulfilled" ? browser.value : undefined });
    throw server.status === "rejected" ? server.reason : (browser as PromiseRejectedResult).reason;
  }
  try {
    const { page, log } = await newPage(browser.value, server.value.url);
    return { server: server.value, browser: browser.value, page, log };
  } catch (error) {
    await stopApp({ server: server.value, browser: browser.value });
    throw error;
  }
}

/** Stops both, the server even when closing the browser fails. */
export async function stopApp(app: { server?: AppServer; browser?: { close(): Promise<void> } }): Promise<void> {
  try {
    await app.browser?.close();
  } finally {
    await app.server?.stop();
  }
}
