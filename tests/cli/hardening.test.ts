import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers";

/** Issue 10: bad input is reported, file by file, and never drops or garbles the rest silently. */
const ADASA = path.join(ROOT, "bin", "adasa.js");
const adasa = (...args: string[]) => {
  const r = spawnSync(process.execPath, [ADASA, ...args], { encoding: "utf8", cwd: os.tmpdir(), env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const analyzedIds = (stdout: string): string[] => (JSON.parse(stdout) as { articles: { id: string }[] }).articles.map((a) => a.id).sort();

const article = (id: string, extra = "") => `---\nid: ${id}\noutlet: الجزيرة نت\ntitle: عنوان\n${extra}---\nأكد السراج عزم حكومة الوفاق على مقاومة عدوان قوات حفتر.\n`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-hardening-"));
});
afterAll(() => {
  for (const locked of lockedFolders) fs.chmodSync(locked, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

const lockedFolders: string[] = [];
/**
 * A sub-folder this process cannot list. chmod 000 is enough for a normal
 * user; root reads through it, so as root a link to /proc/1/map_files (which
 * needs CAP_SYS_ADMIN over pid 1, denied in containers) serves. The folder
 * is checked to be really unreadable, so the test cannot pass vacuously.
 */
function unreadableFolder(at: string): void {
  fs.mkdirSync(at);
  fs.writeFileSync(path.join(at, "hidden.md"), article("hidden"));
  fs.chmodSync(at, 0o000);
  lockedFolders.push(at);
  if (!listable(at)) return;
  fs.chmodSync(at, 0o755);
  fs.rmSync(at, { recursive: true });
  lockedFolders.pop();
  fs.symlinkSync("/proc/1/map_files", at);
  if (listable(at)) throw new Error(`cannot make an unreadable folder on this machine (running as uid ${process.getuid?.()})`);
}
function listable(folder: string): boolean {
  try {
    fs.readdirSync(folder);
    return true;
  } catch {
    return false;
  }
}

describe("a folder with a dangling link, a link loop and an unreadable sub-folder", () => {
  it("analyses every other file and names each bad entry by its own path and reason", () => {
    const root = path.join(dir, "walk");
    fs.mkdirSync(path.join(root, "b-sub"), { recursive: true });
    fs.writeFileSync(path.join(root, "a.md"), article("a"));
    fs.symlinkSync(path.join(root, "gone.md"), path.join(root, "b-dangling.md"));
    fs.symlinkSync(root, path.join(root, "b-sub", "loop"));
    fs.writeFileSync(path.join(root, "b-sub", "c.md"), article("c"));
    unreadableFolder(path.join(root, "c-locked"));
    fs.writeFileSync(path.join(root, "d.md"), article("d"));
    fs.mkdirSync(path.join(root, "e-sub"));
    fs.writeFileSync(path.join(root, "e-sub", "e.md"), article("e"));

    const r = adasa("analyze", root, "--format", "json");
    expect(r.code).toBe(1);
    expect(analyzedIds(r.stdout)).toEqual(["a", "c", "d", "e"]);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(`adasa: skipped ${path.join(root, "b-dangling.md")}: broken symbolic link (to ${path.join(root, "gone.md")}, which does not exist)`);
    expect(lines[1]).toBe(`adasa: skipped ${path.join(root, "b-sub", "loop")}: symbolic link loop (back to ${root})`);
    expect(lines[2]).toBe(`adasa: skipped ${path.join(root, "c-locked")}: permission denied`);
    expect(lines[3]).toBe("adasa: 3 file(s) skipped, 4 analyzed");
  });

  it("reads a folder reached twice through links once", () => {
    const root = path.join(dir, "twice");
    fs.mkdirSync(path.join(root, "real"), { recursive: true });
    fs.writeFileSync(path.join(root, "real", "x.md"), article("x"));
    fs.symlinkSync(path.join(root, "real"), path.join(root, "same"));
    const r = adasa("analyze", root, "--format", "json");
    expect(analyzedIds(r.stdout)).toEqual(["x"]);
    expect(r.stderr.split("\n")[0]).toBe(`adasa: skipped ${path.join(root, "same")}: the same folder as ${path.join(root, "real")}, already read`);
  });
});

describe("decoding", () => {
  it("reports a UTF-8 article with invalid bytes on stderr, naming the file, and exits 1", () => {
    const file = path.join(dir, "damaged.md");
    const text = Buffer.from(article("damaged"));
    fs.writeFileSync(file, Buffer.concat([text.subarray(0, text.length - 11), Buffer.from([0xfe]), text.subarray(text.length - 11)]));
    const r = adasa("analyze", file, "--format", "json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`adasa: skipped ${file}: not valid UTF-8: 1 invalid byte sequence(s), the first on line 6;`);
    // the JSON document is still whole: no article, and the file among its problems
    expect(analyzedIds(r.stdout)).toEqual([]);
    expect((JSON.parse(r.stdout) as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual([file]);
    expect(r.stderr).toContain("adasa: no article could be analyzed");
  });

  it("analyses a UTF-16 article without a byte-order mark", () => {
    const file = path.join(dir, "utf16.md");
    fs.writeFileSync(file, Buffer.from(article("utf16"), "utf16le"));
    const r = adasa("analyze", file, "--format", "json");
    expect(r.stderr).toBe("");
    expect(analyzedIds(r.stdout)).toEqual(["utf16"]);
  });
});

describe("front-matter dates", () => {
  it("names the file with an impossible date and analyses the others", () => {
    const folder = path.join(dir, "dates");
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, "bad.md"), article("bad", "date: 2019-13-45\n"));
    fs.writeFileSync(path.join(folder, "good.md"), article("good", "date: 2019-04-04\n"));
    const r = adasa("analyze", folder, "--format", "json");
    expect(r.code).toBe(1);
    expect(analyzedIds(r.stdout)).toEqual(["good"]);
    expect(r.stderr).toContain(`adasa: skipped ${path.join(folder, "bad.md")}: front matter: date: "2019-13-45" is not a date: there is no month 13\n`);
  });
});

describe("messages naming files", () => {
  it("escapes a line break in a file name, so it cannot forge a line of stderr", () => {
    const folder = path.join(dir, "names");
    fs.mkdirSync(folder);
    const forged = "x\nadasa: 0 file(s) skipped.md";
    fs.writeFileSync(path.join(folder, forged), "");
    const r = adasa("analyze", folder);
    expect(r.stderr.split("\n")[0]).toBe(`adasa: skipped ${folder}/x\\nadasa: 0 file(s) skipped.md: empty file`);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("adasa: 0 file(s)"))).toEqual([]);
  });
});
