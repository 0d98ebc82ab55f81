import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// bin/bundle.js runs the command line from a bundle of cli/ and lib/ cached under node_modules; a
// stale bundle would run code the checkout no longer holds. A project of its own in a temporary
// folder (its bundle.js, package.json and a lib/ file; esbuild linked from ours), so the test
// never touches this checkout's cache.
const ROOT = path.join(__dirname, "..", "..");

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-bundle-"));
  for (const sub of ["bin", "cli", "lib", "node_modules"]) fs.mkdirSync(path.join(dir, sub));
  fs.copyFileSync(path.join(ROOT, "bin", "bundle.js"), path.join(dir, "bin", "bundle.js"));
  // package.json counts among the sources' times: made older than every probe, or a probe written within the same
  // millisecond (ms precision) as package.json (ns precision) would leave the newest time package.json's
  const packageJson = path.join(dir, "package.json");
  fs.writeFileSync(packageJson, "{}\n");
  const old = new Date(Date.now() - 7_200_000);
  fs.utimesSync(packageJson, old, old);
  fs.symlinkSync(path.join(ROOT, "node_modules", "esbuild"), path.join(dir, "node_modules", "esbuild"));
  return dir;
}

const loaded = (dir: string): string =>
  execFileSync(process.execPath, ["-e", 'process.stdout.write(require("./bin/bundle.js").requireBundled("lib/probe.ts").said)'], { cwd: dir, encoding: "utf8" });

function writeProbe(dir: string, said: string, mtime: Date): void {
  const file = path.join(dir, "lib", "probe.ts");
  fs.writeFileSync(file, `export const said: string = ${JSON.stringify(said)};\n`);
  fs.utimesSync(file, mtime, mtime);
}

describe("the command line's bundle cache (bin/bundle.js)", () => {
  let dir: string;
  beforeEach(() => (dir = project()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("rebuilds when a source is newer than the bundle", () => {
    writeProbe(dir, "عدوان", new Date(Date.now() - 60_000));
    expect(loaded(dir)).toBe("عدوان");
    writeProbe(dir, "تحرير", new Date());
    expect(loaded(dir)).toBe("تحرير");
  });

  it("rebuilds when older sources come back with their times kept (a copied cache, rsync -a)", () => {
    writeProbe(dir, "المشير", new Date());
    expect(loaded(dir)).toBe("المشير");
    writeProbe(dir, "اللواء المتقاعد", new Date(Date.now() - 3_600_000));
    expect(loaded(dir)).toBe("اللواء المتقاعد");
  });

  it("reuses the bundle while nothing changed", () => {
    writeProbe(dir, "داعش", new Date(Date.now() - 60_000));
    expect(loaded(dir)).toBe("داعش");
    const bundle = path.join(dir, "node_modules", ".cache", "adasa", "probe.js");
    const built = fs.statSync(bundle).mtimeMs;
    expect(loaded(dir)).toBe("داعش");
    expect(fs.statSync(bundle).mtimeMs).toBe(built);
  });
});
