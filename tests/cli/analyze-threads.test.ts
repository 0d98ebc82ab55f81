import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { analyzeArticle, OutletTallies } from "../../lib/analysis/corpus";
import { listArticleFiles, loadArticles } from "../../lib/corpus/load";
import type { FileProblem } from "../../lib/io/files";
import { analysisWriter, type AnalysisFormat } from "../../lib/report/analysis-stream";
import { ARTICLES, bundledEngine, ROOT, seed } from "../helpers";

/**
 * `adasa analyze` on worker threads writes exactly what one thread writes:
 * articles in the order of the files, the same skipped files, the same
 * outlet totals. Both are checked against the plain composition of the
 * engine (each file loaded, analysed, written, tallied in turn).
 */
const FORMATS: readonly AnalysisFormat[] = ["json", "csv", "table"];
const engine = bundledEngine();
const options = { voice: "all" as const, resolved: true };

/** The output of one article at a time in one thread, with no batching: what every run must print. */
function reference(paths: readonly string[], format: AnalysisFormat): string {
  const chunks: string[] = [];
  const writer = analysisWriter(format, (t) => chunks.push(t), { lexicon: engine.lexicon, options });
  const outlets = new OutletTallies(engine, options);
  const { files, problems } = listArticleFiles(paths);
  const skipped: FileProblem[] = [...problems];
  for (const loaded of loadArticles(files)) {
    if ("problem" in loaded) {
      skipped.push(loaded.problem);
      continue;
    }
    const result = analyzeArticle(engine, loaded.article, options);
    outlets.add(result.article.outlet, result.article.outlet_en, result.analysis);
    writer.article(result);
  }
  writer.end(outlets.scores(), skipped);
  return chunks.join("");
}

const BIN = path.join(ROOT, "bin", "adasa.js");

/** The real command; the JSON of the generated folder is several MB, over spawnSync's default buffer. */
const adasa = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: os.tmpdir(), maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir: string;
let folder: string;

/**
 * A generated folder across sub-folders: the seeds' bodies cut at different
 * paragraphs under new front matter (12 outlets, some with an English name
 * only on a later article), plain .txt files, and files that must be skipped
 * (a duplicate id, broken front matter, a binary file, an empty one).
 */
function generatedFolder(root: string): string {
  const seeds = ["000", "001", "002", "003", "004"].map(seed);
  for (let i = 0; i < 100; i++) {
    const source = seeds[i % seeds.length]!;
    const paragraphs = source.body.split("\n\n");
    const body = paragraphs.slice(0, Math.max(2, paragraphs.length - (i % 5))).join("\n\n");
    const english = i % 3 === 0 && i > 12 ? `outlet_en: "Outlet ${i % 12}"\n` : "";
    const sub = path.join(root, `part-${Math.floor(i / 40)}`);
    fs.mkdirSync(sub, { recursive: true });
    const text = `---\nid: "g${i}"\noutlet: "${source.outlet} ${i % 12}"\n${english}date: "2019-0${1 + (i % 9)}-1${i % 10}"\ntitle: ${JSON.stringify(source.title)}\n---\n${body}\n`;
    const name = path.join(sub, `g${i}.md`);
    fs.writeFileSync(name, i % 17 === 0 ? iconv.encode(text, "windows-1256") : text);
  }
  fs.writeFileSync(path.join(root, "part-1", "plain note.txt"), `${seeds[2]!.body}\n`);
  fs.writeFileSync(path.join(root, "part-2", "again.md"), `---\nid: "g7"\noutlet: "x"\ntitle: "t"\n---\n${seeds[0]!.body}\n`);
  fs.writeFileSync(path.join(root, "part-0", "broken.md"), "---\nid: broken\noutlet: [x\n---\nنص\n");
  fs.writeFileSync(path.join(root, "part-2", "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  fs.writeFileSync(path.join(root, "part-2", "empty.md"), "");
  return root;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-threads-"));
  folder = generatedFolder(path.join(dir, "generated"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("adasa analyze on worker threads", () => {
  it.each(FORMATS)("prints the seeds as --format %s byte for byte as one thread does", (format) => {
    const expected = reference([ARTICLES], format);
    for (const threads of ["1", "2"]) {
      const r = adasa("analyze", ARTICLES, "--format", format, "--threads", threads);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expected);
    }
  }, 120_000);

  it.each(FORMATS)("prints a generated folder with bad files as --format %s byte for byte, with the same skipped files", (format) => {
    const expected = reference([folder], format);
    const one = adasa("analyze", folder, "--format", format, "--threads", "1");
    const two = adasa("analyze", folder, "--format", format, "--threads", "2");
    // two workers beside the main thread: batches come back out of order, and the main thread takes some itself
    const three = adasa("analyze", folder, "--format", format, "--threads", "3");
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(three.code).toBe(1);
    expect(one.stdout).toBe(expected);
    expect(two.stdout).toBe(expected);
    expect(three.stdout).toBe(expected);
    expect(two.stderr).toBe(one.stderr);
    expect(three.stderr).toBe(one.stderr);
    expect(two.stderr).toMatch(/skipped .*again\.md: duplicate article id "g7" \(also in .*g7\.md\)/);
    expect(two.stderr).toMatch(/4 file\(s\) skipped, 101 analyzed/);
  }, 180_000);

  it("from 1,000 files on, without --threads, prints what one thread prints (the threads started while the files are listed)", () => {
    const many = path.join(dir, "many");
    const paragraph = seed("001").body.split("\n\n")[0]!;
    for (let i = 0; i < 1010; i++) {
      const sub = path.join(many, `p${Math.floor(i / 400)}`);
      if (i % 400 === 0) fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `m${i}.md`), `---\nid: "m${i}"\noutlet: "منفذ ${i % 7}"\ntitle: "t"\n---\n${paragraph}\n`);
    }
    const expected = reference([many], "csv");
    const parallel = adasa("analyze", many, "--format", "csv");
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(expected);
    expect(parallel.stdout.split("\n").length).toBeGreaterThan(1010);
  }, 180_000);

  it.each(FORMATS)("writes --format %s through a shell's pipe (by a writer thread) byte for byte as to a file", (format) => {
    const file = path.join(dir, `out.${format}`);
    const piped = path.join(dir, `piped.${format}`);
    const run = (to: string) => spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" analyze "${folder}" --format ${format} --threads 2 ${to}`], { encoding: "utf8" });
    expect(run(`> "${file}"`).status).toBe(1);
    // a FIFO read slowly: the writer thread's blocking writes wait for it, nothing is lost or reordered
    expect(run(`| (sleep 0.5; cat) > "${piped}"`).stderr).toMatch(/4 file\(s\) skipped, 101 analyzed/);
    expect(fs.readFileSync(piped)).toEqual(fs.readFileSync(file));
    expect(fs.readFileSync(file, "utf8")).toBe(reference([folder], format));
  }, 180_000);

  it("stops at once, with exit 0, when the reader closes the pipe", () => {
    const started = Date.now();
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" analyze "${folder}" --format json --threads 2 | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).toBe("");
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("refuses a thread count that is not a positive whole number", () => {
    const r = adasa("analyze", ARTICLES, "--threads", "0");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"0" is not a positive whole number of threads/);
  });
});
