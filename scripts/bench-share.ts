/**
 * `npm run bench:share`: what going through the web server's socket costs.
 * Imports the same 2,000 generated articles with `adasa import` into an
 * embedded store the command opens itself, and into one that this process
 * holds and serves as the web server does (openStore with `serve`), with and
 * without analysis; prints wall time and CPU of the command (GNU time) and,
 * through the socket, the CPU the holder spent serving it.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStore } from "../lib/store";
import { writeJsonl } from "./corpus-gen";

const ROOT = path.join(__dirname, "..");
const ADASA = path.join(ROOT, "bin", "adasa.js");
const COUNT = Number(process.env.BENCH_SHARE_COUNT ?? 2000);

interface Run {
  readonly wall: number;
  readonly user: number;
  readonly sys: number;
}

/** `adasa import` under GNU time, asynchronously: this process's event loop goes on serving the socket meanwhile. */
function timedImport(data: string, file: string, extra: readonly string[]): Promise<Run> {
  const times = path.join(os.tmpdir(), `adasa-bench-share-${process.pid}.time`);
  const child = spawn("/usr/bin/time", ["-o", times, "-f", "%e %U %S", process.execPath, ADASA, "import", file, "--format", "json", ...extra], {
    env: { ...process.env, ADASA_DATA: data, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.on("data", (d) => (stdout += d));
  return new Promise((resolve, reject) =>
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`adasa import exited ${code}: ${stdout}`));
      const imported = (JSON.parse(stdout) as { imported: number }).imported;
      if (imported !== COUNT) return reject(new Error(`imported ${imported} of ${COUNT}`));
      const [wall, user, sys] = fs.readFileSync(times, "utf8").trim().split(/\s+/).slice(-3).map(Number);
      resolve({ wall: wall!, user: user!, sys: sys! });
    }),
  );
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-bench-share-"));
const tmp = (prefix: string) => fs.mkdtempSync(path.join(work, prefix));
const seconds = (n: number) => n.toFixed(1).padStart(6);

async function main(): Promise<void> {
  const file = path.join(work, "corpus.jsonl");
  const bytes = writeJsonl(file, COUNT, 21);
  console.log(`${COUNT} articles, ${(bytes / 1e6).toFixed(1)} MB of JSONL; ${os.cpus().length} cores`);
  await timedImport(tmp("warm-"), file, ["--no-analyse"]); // bundles the CLI once, outside the figures

  const rows: string[] = [];
  for (const [label, extra] of [
    ["store only (--no-analyse)", ["--no-analyse"]],
    ["import and analysis", []],
  ] as const) {
    // both stores exist before the clock starts (a new folder costs an initdb): the figures are the import's
    const own = tmp("direct-");
    await (await openStore("the benchmark", { ADASA_DATA: own })).close();
    const direct = await timedImport(own, file, extra);

      // this process holds a fresh store as the web server does, and serves it
    const held = tmp("held-");
    const store = await openStore("the benchmark", { ADASA_DATA: held }, { serve: true });
    const before = process.cpuUsage();
    const shared = await timedImport(held, file, extra);
    const holder = process.cpuUsage(before);
    await store.close();

    const holderCpu = (holder.user + holder.system) / 1e6;
    rows.push(`${label.padEnd(26)} directly   wall ${seconds(direct.wall)} s  CLI CPU ${seconds(direct.user + direct.sys)} s`);
    rows.push(`${"".padEnd(26)} via socket wall ${seconds(shared.wall)} s  CLI CPU ${seconds(shared.user + shared.sys)} s  holder CPU ${seconds(holderCpu)} s  (wall ×${(shared.wall / direct.wall).toFixed(2)})`);
  }
  console.log(rows.join("\n"));
  fs.rmSync(work, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
