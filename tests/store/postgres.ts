import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../browser/server";

/** Debian installs PostgreSQL's server programs under /usr/lib/postgresql/VERSION/bin; the newest wins. */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): install Debian's postgresql package (.ci/run does)");
  return path.join(root, newest, "bin");
}

export interface RunningPostgres {
  readonly url: string;
  stop(): void;
}

const asPostgres = (command: string) => execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", command], { stdio: "pipe", timeout: 120_000 });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A test process killed before its afterAll (a run stopped by hand, kill -9,
 * a timeout) must not leave its server behind: a detached shell polls the
 * process and, once it is gone, stops the server and removes its folder.
 */
function stopWhenGone(pid: number, stopCommand: string, dir: string): { kill(): void } {
  const script = `while kill -0 ${pid} 2>/dev/null; do sleep 2; done; su postgres -s /bin/sh -c ${quote(stopCommand)}; rm -rf ${quote(dir)}`;
  const child = spawn("sh", ["-c", script], { detached: true, stdio: "ignore" });
  child.unref();
  return {
    kill: () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}

/**
 * A real PostgreSQL server for one test file: initdb in a temporary folder (as
 * the `postgres` user, since the server refuses to run as root) on a free
 * port. Throws, loudly, when it cannot start: a store test never skips.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-pg-"));
  fs.chmodSync(dir, 0o755);
  execFileSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  const port = await freePort();
  asPostgres(`${quote(path.join(bin, "initdb"))} -D ${quote(data)} -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null`);
  const stopCommand = `${quote(path.join(bin, "pg_ctl"))} -D ${quote(data)} -m immediate -w stop >/dev/null 2>&1`;
  const watchdog = stopWhenGone(process.pid, stopCommand, dir);
  const stop = () => {
    try {
      asPostgres(stopCommand);
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
    watchdog.kill();
  };
  try {
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    asPostgres(`${quote(path.join(bin, "pg_ctl"))} -D ${quote(data)} -o ${quote(options)} -l ${quote(path.join(dir, "log"))} -w start >/dev/null`);
  } catch (error) {
    const log = fs.existsSync(path.join(dir, "log")) ? fs.readFileSync(path.join(dir, "log"), "utf8") : "";
    stop();
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${log}`);
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
