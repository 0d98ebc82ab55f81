import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers";

const ADASA = path.join(ROOT, "bin", "adasa.js");

/** Runs the real `adasa` command in a neutral folder: exit code, stdout and stderr. */
export const adasa = (...args: string[]) => {
  const r = spawnSync(process.execPath, [ADASA, ...args], { encoding: "utf8", cwd: os.tmpdir(), env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
