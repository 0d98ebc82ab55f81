/** `npm start` rebuilds only when the build is missing or older than a source it is made of. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { staleBecause, webServerNodeOptions, WEB_HEAP_MB } from "../../scripts/start";

const made: string[] = [];
afterAll(() => made.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-start-"));
  made.push(root);
  fs.mkdirSync(path.join(root, "lib", "arabic"), { recursive: true });
  fs.writeFileSync(path.join(root, "lib", "arabic", "normalize.ts"), "export {};\n");
  return root;
}
const at = (file: string, seconds: number) => fs.utimesSync(file, seconds, seconds);

describe("npm start's staleness check", () => {
  it("builds when there is no build, and not again when nothing changed", () => {
    const root = project();
    expect(staleBecause(root)).toBe("no build yet");
    fs.mkdirSync(path.join(root, ".next"));
    fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
    at(path.join(root, "lib", "arabic", "normalize.ts"), 1_000);
    at(path.join(root, ".next", "BUILD_ID"), 2_000);
    expect(staleBecause(root)).toBeNull();
  });

  it("builds again when a source file changed after the build", () => {
    const root = project();
    fs.mkdirSync(path.join(root, ".next"));
    fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
    at(path.join(root, ".next", "BUILD_ID"), 2_000);
    at(path.join(root, "lib", "arabic", "normalize.ts"), 3_000);
    expect(staleBecause(root)).toBe("lib changed since the last build");
  });
});

describe("npm start's web server", () => {
  it("runs with a V8 heap limit, after whatever NODE_OPTIONS the caller gave", () => {
    expect(webServerNodeOptions("")).toBe(`--max-old-space-size=${WEB_HEAP_MB}`);
    expect(webServerNodeOptions("--enable-source-maps")).toBe(`--enable-source-maps --max-old-space-size=${WEB_HEAP_MB}`);
  });
});
