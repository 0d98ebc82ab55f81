import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { z } from "zod";
import { ARTICLES, ROOT } from "../helpers";

const ADASA = path.join(ROOT, "bin", "adasa.js");
const adasa = (...args: string[]) => {
  const r = spawnSync(process.execPath, [ADASA, ...args], { encoding: "utf8", cwd: os.tmpdir(), env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The JSON contract of `adasa analyze --format json`, exactly as the issue gives it (extra fields allowed). */
const num = z.number();
const Contract = z.object({
  lexicon: z.object({ id: z.string(), version: z.string(), entries: z.number().int() }),
  options: z.object({ voice: z.enum(["all", "own"]), resolved: z.boolean() }),
  articles: z.array(
    z.object({
      id: z.string(),
      path: z.string(),
      outlet: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      words: z.number().int(),
      matches: z.array(
        z.object({
          term: z.string(),
          form: z.string(),
          text: z.string(),
          start: z.number().int(),
          end: z.number().int(),
          target: z.string(),
          valence: z.number().int(),
          voice: z.enum(["author", "quoted", "attributed"]),
          scare_quoted: z.boolean(),
          sentence: z.number().int(),
          parent: z.number().int().nullable(),
          role: z.enum(["name", "leader", "distanced", "part"]).nullable(),
          construction: z
            .object({
              kind: z.enum(["force", "distancing"]),
              id: z.string(),
              named: z.number().int(),
              composed_valence: z.number().int(),
              noun: z.object({ id: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
            })
            .nullable(),
          resolved: z
            .object({
              target: z.string().nullable(),
              by: z.enum(["phrase", "sentence", "paragraph", "article"]).nullable(),
              evidence: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
            })
            .nullable(),
        }),
      ),
    }),
  ),
  outlets: z.array(
    z.object({
      outlet: z.string(),
      articles: z.number().int(),
      words: z.number().int(),
      targets: z.array(
        z.object({
          target: z.string(),
          mentions: z.number().int(),
          stance: z.object({ mean: num.nullable(), low: num.nullable(), high: num.nullable(), n: z.number().int() }),
          naming: z.array(z.object({ term: z.string(), count: z.number().int(), share: num })),
        }),
      ),
    }),
  ),
});

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("adasa analyze", () => {
  it("prints the JSON contract for the bundled corpus, offsets slicing back to each match", () => {
    const r = adasa("analyze", ARTICLES, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = Contract.parse(JSON.parse(r.stdout));
    expect(json.articles).toHaveLength(5);
    expect(json.outlets).toHaveLength(5);
    for (const a of json.articles) {
      const body = fs.readFileSync(a.path, "utf8").replace(/^---[\s\S]*?\n---\n/, "");
      for (const m of a.matches) expect(body.slice(m.start, m.end)).toBe(m.text);
    }
    const meo = json.articles.find((a) => a.id.startsWith("000"))!;
    expect(meo.matches.some((m) => m.text.startsWith("المشير") && m.target === "haftar" && m.valence > 0)).toBe(true);
    // a side-switching label carries its resolution; nested names their parent
    const label = meo.matches.find((m) => m.target === "army-label")!;
    expect(label.resolved).toMatchObject({ target: "gna", by: "article" });
    const nested = meo.matches.find((m) => m.text === "تنظيم داعش" && m.parent !== null)!;
    expect(meo.matches[nested.parent!]!.text).toBe("فلول تنظيم داعش");
    expect(json.options).toEqual({ voice: "all", resolved: true });
  });

  it("analyzes every good file of a folder with bad ones, names each bad file on stderr, and exits 1", () => {
    const mixed = path.join(dir, "mixed");
    fs.mkdirSync(mixed);
    for (const f of fs.readdirSync(ARTICLES)) fs.copyFileSync(path.join(ARTICLES, f), path.join(mixed, f));
    fs.writeFileSync(path.join(mixed, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
    fs.writeFileSync(path.join(mixed, "empty.md"), "");
    const legacy = "---\nid: legacy\noutlet: الجزيرة نت\ntitle: عدوان\n---\nأكد السراج عزم حكومة الوفاق على مقاومة عدوان قوات حفتر.\n";
    fs.writeFileSync(path.join(mixed, "legacy.md"), iconv.encode(legacy, "windows-1256"));
    fs.writeFileSync(path.join(mixed, "broken.md"), "---\nid: broken\noutlet: [x\n---\nنص\n");

    const r = adasa("analyze", mixed, "--format", "json");
    expect(r.code).toBe(1);
    const json = Contract.parse(JSON.parse(r.stdout));
    expect(json.articles.map((a) => a.id).sort()).toEqual([...fs.readdirSync(ARTICLES).map((f) => f.replace(/\.md$/, "")), "legacy"].sort());
    expect(r.stderr).toMatch(/skipped .*image\.txt: binary file/);
    expect(r.stderr).toMatch(/skipped .*empty\.md: empty file/);
    expect(r.stderr).toMatch(/skipped .*broken\.md: broken front matter/);
    expect(r.stderr).not.toMatch(/legacy\.md/);
    const legacyArticle = json.articles.find((a) => a.id === "legacy")!;
    expect(legacyArticle.outlet).toBe("الجزيرة نت");
    expect(legacyArticle.matches.map((m) => m.text)).toEqual(expect.arrayContaining(["حكومة الوفاق", "عدوان", "قوات حفتر"]));
  });

  it("analyzes a plain .txt with --outlet, and prints a table and CSV", () => {
    const file = path.join(dir, "plain.txt");
    fs.writeFileSync(file, "جمعه بالمشير خليفة حفتر قائد الجيش الوطني الليبي في شرق البلاد.\n");
    const table = adasa("analyze", file, "--outlet", "ميدل إيست أونلاين");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("ميدل إيست أونلاين");
    // «قائد الجيش الوطني الليبي» is Haftar's title (round eleven), the LNA named inside it
    expect(table.stdout).toMatch(/haftar\s+2 /);
    expect(table.stdout).toMatch(/lna\s+1 /);
    const csv = adasa("analyze", file, "--format", "csv");
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split("\n");
    expect(header).toBe("article,outlet,term,form,text,start,end,target,category,valence,voice,scare_quoted,cue,sentence,parent,role,construction,resolved_target,resolved_by");
    expect(rows.some((r) => r.includes("المشير خليفة حفتر") && r.includes(",unknown,"))).toBe(true);
  });

  it("exits 2 on a usage error and 0 on --help", () => {
    const bad = adasa("analyze", "--format", "xml");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"xml" is not a format \(one of: table, json, csv\)/);
    expect(adasa("frobnicate").code).toBe(2);
    const help = adasa("analyze", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--lexicon <path>/);
    expect(help.stdout).toMatch(/Exit codes/);
  });

  it("exits 1 naming a path that does not exist", () => {
    const r = adasa("analyze", path.join(dir, "nowhere"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nowhere: no such file or folder/);
  });
});

describe("adasa lexicon check", () => {
  const lexiconWith = (entries: string) =>
    `id: t\nversion: "1"\ntitle: t\nlanguage: ar\ntargets:\n  - {id: haftar, label: Haftar, label_ar: حفتر, description: x}\nentries:\n${entries}`;
  const entry = (id: string, form: string, counterparts = "[]") =>
    `  - {id: ${id}, forms: [${form}], target: haftar, category: title, valence: 2, gloss: x, rationale: x, counterparts: ${counterparts}}\n`;

  it("accepts the bundled lexicon", () => {
    const r = adasa("lexicon", "check", path.join(ROOT, "lexicons"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: .* \d+ entries/);
  });

  it("refuses a duplicate id, naming the entry", () => {
    const file = path.join(dir, "dup.yaml");
    fs.writeFileSync(file, lexiconWith(entry("marshal", "المشير") + entry("marshal", "المشير حفتر")));
    const r = adasa("lexicon", "check", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dup.yaml: entry "marshal": duplicate id');
  });

  it("refuses a dangling counterpart, naming the entry", () => {
    const file = path.join(dir, "dangling.yaml");
    fs.writeFileSync(file, lexiconWith(entry("marshal", "المشير", "[retired]")));
    const r = adasa("lexicon", "check", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('entry "marshal": counterpart "retired" does not exist');
  });

  it("exits 2 without a file", () => {
    expect(adasa("lexicon", "check").code).toBe(2);
  });
});

describe("adasa diff", () => {
  const WIRE = path.join(ROOT, "tests", "fixtures", "wire");

  it("reports the ISIS naming swap between two rewrites of one wire story, as JSON", () => {
    const r = adasa("diff", path.join(WIRE, "wire-a.md"), path.join(WIRE, "wire-b.md"), "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = z
      .object({
        pairs: z.array(z.object({ a: z.number().int().nullable(), b: z.number().int().nullable(), similarity: z.number() })),
        swaps: z.array(
          z.object({
            target: z.string(),
            a: z.object({ term: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() }),
            b: z.object({ term: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() }),
          }),
        ),
      })
      .parse(JSON.parse(r.stdout));
    const swap = json.swaps.find((s) => s.target === "isis" && s.b.text === "تنظيم الدولة الإسلامية");
    expect(swap).toMatchObject({ a: { text: "تنظيم داعش", term: "isis-daesh" } });
    expect(json.pairs.some((p) => p.a === null) && json.pairs.some((p) => p.b === null)).toBe(true);
  });

  it("prints the swaps first as text", () => {
    const r = adasa("diff", path.join(WIRE, "wire-a.md"), path.join(WIRE, "wire-b.md"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Framing swaps \(2\):\n {2}\[isis\] A «داعش»/);
    expect(r.stdout).toContain("only in B: وتعمل الفرق الأميركية");
  });

  it("exits 1 naming a bad file, and 2 without two files", () => {
    const empty = path.join(dir, "empty-diff.md");
    fs.writeFileSync(empty, "");
    const r = adasa("diff", path.join(WIRE, "wire-a.md"), empty);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty-diff\.md: empty file/);
    expect(adasa("diff", path.join(WIRE, "wire-a.md")).code).toBe(2);
  });
});

describe("adasa report", () => {
  it("writes the HTML report with one chart per target and the engine's naming numbers", () => {
    const out = path.join(dir, "report.html");
    const r = adasa("report", ARTICLES, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote HTML report on 5 article\(s\)/);
    const html = fs.readFileSync(out, "utf8");
    const analysis = JSON.parse(adasa("analyze", ARTICLES, "--format", "json").stdout) as {
      outlets: { outlet: string; targets: { target: string; naming: { term: string; count: number }[] }[] }[];
    };
    const targets = new Set(analysis.outlets.flatMap((o) => o.targets.map((t) => t.target)));
    for (const t of targets) expect(html.match(new RegExp(`data-chart="naming" data-target="${t}"`, "g"))).toHaveLength(1);
    for (const o of analysis.outlets) {
      for (const t of o.targets) {
        for (const n of t.naming) expect(html).toContain(`data-outlet="${o.outlet}" data-term="${n.term}" data-count="${n.count}"`);
      }
    }
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.noonpost)/);
  });

  it("writes the same numbers as CSV, JSON and Markdown", () => {
    const csv = adasa("report", ARTICLES, "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n")[0]).toBe("section,outlet,target,term,count,share,total,mean,low,high,n,density,loaded,words,g2,p,candidate,period");
    // every name the reader sees: حفتر in قوات حفتر and هجوم حفتر counts as well as اللواء المتقاعد خليفة حفتر
    expect(csv.stdout).toContain("naming,الجزيرة نت,haftar,haftar-retired-major-general,1,0.1111,9");
    // مسلحا من قوات حفتر is resolved to the LNA; --no-resolved leaves it with the generic armed groups
    expect(csv.stdout).toContain("naming,الجزيرة نت,lna,ag-gunmen,1,");
    expect(csv.stdout).toMatch(/^time-naming,الجزيرة نت,lna,ag-gunmen,1,.*,2019-05$/m);
    const unresolved = adasa("report", ARTICLES, "--format", "csv", "--no-resolved");
    expect(unresolved.stdout).not.toMatch(/^(time-)?naming,الجزيرة نت,lna,ag-gunmen/m);
    expect(unresolved.stdout).toContain("naming,الجزيرة نت,armed-groups,ag-gunmen,1,");
    const json = JSON.parse(adasa("report", ARTICLES, "--format", "json").stdout);
    expect(json.keyness).toHaveLength(5);
    for (const k of json.keyness) expect(k.words.some((w: { candidate: boolean }) => w.candidate)).toBe(true);
    expect(adasa("report", ARTICLES, "--format", "md").stdout).toMatch(/^# Framing report/);
  });

  it("filters by outlet and refuses a bad filter value", () => {
    const json = JSON.parse(adasa("report", ARTICLES, "--format", "json", "--outlets", "الجزيرة نت,الزمان").stdout);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(["003-azzaman", "004-aljazeera"]);
    expect(adasa("report", ARTICLES, "--from", "May 2019").code).toBe(2);
    expect(adasa("report", ARTICLES, "--format", "docx").code).toBe(2);
  });
});

describe("adasa lesson", () => {
  it("accepts both shipped lessons", () => {
    for (const f of fs.readdirSync(path.join(ROOT, "lessons"))) {
      const r = adasa("lesson", "check", path.join(ROOT, "lessons", f), "--articles", ARTICLES);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^ok: .* lesson "/);
    }
  });

  it("refuses a broken lesson, naming the file and each problem", () => {
    const file = path.join(dir, "broken-lesson.yaml");
    fs.writeFileSync(file, "id: Broken Lesson\ntitle: x\nsummary: y\narticles: [nowhere]\ntargets: []\nquestions: []\n");
    const r = adasa("lesson", "check", file, "--articles", ARTICLES);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("broken-lesson.yaml: id: must be a lowercase slug");
    expect(r.stderr).toContain("targets: a lesson needs at least one target");
    expect(r.stderr).toContain("questions: a lesson needs at least one question");
  });

  it("prints the worksheet and its answer key", () => {
    const sheet = adasa("lesson", "worksheet", path.join(ROOT, "lessons", "haftar-names.yaml"), "--articles", ARTICLES);
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toContain("<b>Worksheet</b>");
    const key = adasa("lesson", "worksheet", path.join(ROOT, "lessons", "haftar-names.yaml"), "--articles", ARTICLES, "--answers");
    expect(key.stdout).toContain("<b>Answer key</b>");
  });
});
