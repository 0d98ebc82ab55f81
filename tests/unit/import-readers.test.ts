import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { createHash } from "node:crypto";
import { readSources, type ExportIdentity, type ImportedArticle, type ImportEvent, type ImportOptions } from "../../lib/import";
import { ROOT } from "../helpers";

const FIXTURES = "tests/fixtures/import";
const at = (name: string) => path.join(FIXTURES, name);

async function read(paths: string[], options: ImportOptions = {}) {
  const articles: ImportedArticle[] = [];
  const skipped: Omit<Extract<ImportEvent, { kind: "skipped" }>, "kind">[] = [];
  const progress: Extract<ImportEvent, { kind: "progress" }>[] = [];
  const cwd = process.cwd();
  process.chdir(ROOT); // sources are given relative, as a user types them
  try {
    for await (const event of readSources(paths, options)) {
      if (event.kind === "article") articles.push(event.article);
      else if (event.kind === "skipped") skipped.push({ source: event.source, line: event.line, reason: event.reason });
      else if (event.kind === "progress") progress.push(event);
    }
  } finally {
    process.chdir(cwd);
  }
  return { articles, skipped, progress };
}

/** Runs `test` with a fresh temporary folder, removed afterwards. */
async function inTempDir(test: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-import-"));
  try {
    await test(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("CSV", () => {
  it("reads the good rows and skips each broken one with its line and reason", async () => {
    const { articles, skipped, progress } = await read([at("broken.csv")]);
    const file = at("broken.csv");
    expect(articles).toEqual([
      {
        source: file,
        line: 2,
        sourceId: "w-1",
        outlet: "بوابة الوسط",
        outletEn: null,
        date: "2019-04-07",
        title: "اشتباكات جنوب طرابلس",
        url: null,
        language: null,
        body: "تجددت الاشتباكات صباح الأحد في محيط مطار طرابلس بين قوات حكومة الوفاق وقوات المشير خليفة حفتر.\nوقال مصدر عسكري إن المعارك تركزت في عين زارة ووادي الربيع.",
      },
      {
        source: file,
        line: 8,
        sourceId: "w-6",
        outlet: "عين ليبيا",
        outletEn: null,
        date: "2019-04-09", // epoch seconds 1554800000
        title: "نزوح من الأحياء الجنوبية",
        url: null,
        language: null,
        body: "نزحت عشرات الأسر من الأحياء الجنوبية للعاصمة بسبب القصف المتواصل.",
      },
    ]);
    expect(skipped).toEqual([
      { source: file, line: 4, reason: 'broken row: a quote inside an unquoted field in column "text"' },
      { source: file, line: 5, reason: "wrong column count: 4 fields, the header has 5" },
      { source: file, line: 6, reason: 'empty text (column "text")' },
      { source: file, line: 7, reason: 'undecodable byte in column "text" (not valid utf-8)' },
      { source: file, line: 9, reason: "unterminated quote: a quoted field opened on or after line 9 never closes, so the file was not read beyond it" },
    ]);
    expect(progress.at(-1)).toEqual({ kind: "progress", source: file, bytesRead: fs.statSync(path.join(ROOT, file)).size, bytesTotal: fs.statSync(path.join(ROOT, file)).size });
  });

  it("decodes a windows-1256 export and takes Media Cloud-style column names (stories_id, headline, story_text, pubdate, site)", async () => {
    const { articles, skipped } = await read([at("windows-1256.csv")]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.line, a.sourceId, a.outlet, a.date, a.title])).toEqual([
      [2, "101", "الوسط", "2019-05-02", "الحكومة تعلن خطة لإعادة فتح المدارس"],
      [3, "102", "المرصد", "2019-05-03", "قوات الكرامة تعلن السيطرة على محور جديد"],
    ]);
    expect(articles[1]!.body).toBe("قالت قوات الكرامة إنها سيطرت على محور جديد جنوب العاصمة، فيما نفت قوات حكومة الوفاق ذلك.");
  });

  it("--map picks other columns, --outlet sets every outlet, and a mapped column missing from the header stops the file", async () => {
    const mapped = await read([at("windows-1256.csv")], { map: { title: "story_text", text: "headline" }, outlet: "مصدر واحد" });
    expect(mapped.articles.map((a) => [a.title, a.body, a.outlet])).toEqual([
      ["أعلنت وزارة التعليم في طرابلس خطة لإعادة فتح المدارس المغلقة بسبب القتال في الضواحي الجنوبية.", "الحكومة تعلن خطة لإعادة فتح المدارس", "مصدر واحد"],
      ["قالت قوات الكرامة إنها سيطرت على محور جديد جنوب العاصمة، فيما نفت قوات حكومة الوفاق ذلك.", "قوات الكرامة تعلن السيطرة على محور جديد", "مصدر واحد"],
    ]);
    const missing = await read([at("windows-1256.csv")], { map: { text: "article_body" } });
    expect(missing.articles).toEqual([]);
    expect(missing.skipped).toEqual([
      { source: at("windows-1256.csv"), line: 1, reason: 'no column "article_body" (--map text=article_body) (found: stories_id, headline, story_text, pubdate, site)' },
    ]);
  });

  it("skips a whole file whose header has no text column, saying which names it looked for", () =>
    inTempDir(async (dir) => {
      const file = path.join(dir, "no-text.csv");
      fs.writeFileSync(file, "id,title\n1,عنوان\n");
      const { articles, skipped } = await read([file]);
      expect(articles).toEqual([]);
      expect(skipped).toEqual([
        { source: file, line: 1, reason: "no text column: expected one of text, body, content, story_text, article, or --map text=COLUMN (found: id, title)" },
      ]);
    }));
});

describe("JSONL and JSON arrays", () => {
  it("reads JSON lines, skipping the line that is not JSON with its number and ignoring blank lines", async () => {
    const file = at("articles.jsonl");
    const { articles, skipped } = await read([file]);
    expect(skipped).toEqual([{ source: file, line: 2, reason: "not JSON: Unterminated string in JSON at position 43" }]);
    expect(articles).toEqual([
      {
        source: file,
        line: 1,
        sourceId: "j-1",
        outlet: "عين ليبيا",
        outletEn: null,
        date: "2019-04-18", // the day as written, not shifted to UTC
        title: "ميليشيات حفتر تقصف أحياء مدنية",
        url: null,
        language: "ar",
        body: "اتهمت حكومة الوفاق ميليشيات حفتر بقصف أحياء مدنية في العاصمة ليلة الخميس.",
      },
      {
        source: file,
        line: 4,
        sourceId: "https://example.org/news/3", // a guid column
        outlet: "المرصد",
        outletEn: null,
        date: "2019-04-23", // epoch milliseconds
        title: "الجيش الوطني الليبي يعلن تقدما",
        url: null,
        language: null,
        body: "أعلن الجيش الوطني الليبي تقدم وحداته نحو وسط العاصمة، بينما تحدثت مصادر محلية عن معارك كر وفر.",
      },
    ]);
  });

  it("streams a JSON array: non-objects and empty texts are skipped by item number, an impossible date becomes null", async () => {
    const file = at("articles.json");
    const { articles, skipped } = await read([file]);
    expect(skipped).toEqual([
      { source: file, line: null, reason: 'item 2: empty text (column "story_text")' },
      { source: file, line: null, reason: "item 3: not a JSON object (string)" },
    ]);
    expect(articles.map((a) => [a.sourceId, a.outlet, a.date, a.url])).toEqual([
      ["9001", "الوسط", "2019-06-01", "https://example.org/wasat/9001"],
      ["9003", "المرصد", null, null], // 2019-02-29 is no day: 2019 is not a leap year
    ]);
    expect(articles[0]!.body).toBe("عاد الهدوء الحذر إلى أحياء طرابلس الجنوبية بعد ليلة من القصف المتبادل.\n\nوتحدث سكان عن انقطاع الكهرباء لساعات.");
  });

  it("an impossible date is a skipped reason when the user mapped the date column", async () => {
    const file = at("articles.json");
    const { articles, skipped } = await read([file], { map: { date: "publish_date" } });
    expect(articles.map((a) => a.sourceId)).toEqual(["9001"]);
    expect(skipped.at(-1)).toEqual({
      source: file,
      line: null,
      reason: 'item 4: unreadable date "2019-02-29" in column "publish_date" (expected a calendar date such as 2019-04-05)',
    });
  });

  it("a JSON file that is not an array of objects keeps what came before the break and says where it stopped", () =>
    inTempDir(async (dir) => {
      const file = path.join(dir, "cut.json");
      fs.writeFileSync(file, '[{"text": "نص أول عن طرابلس"}, {"text": "نص مقطوع');
      const { articles, skipped } = await read([file]);
      expect(articles.map((a) => [a.sourceId, a.body])).toEqual([[`${file}#1`, "نص أول عن طرابلس"]]);
      expect(skipped).toHaveLength(1);
      expect(skipped[0]).toMatchObject({ source: file, line: null });
      expect(skipped[0]!.reason).toMatch(/^not a JSON array of articles: .+; nothing after that point was read$/);
    }));
});

describe("HTML pages", () => {
  it("extracts the article of a news page without its menu, ads, related links and footer, with title, date and site name", async () => {
    const file = at("pages/article.html");
    const { articles, skipped } = await read([file]);
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect([a.source, a.line, a.sourceId, a.outlet, a.date, a.title, a.language]).toEqual([
      file,
      null,
      file,
      "بوابة الوسط",
      "2019-04-21",
      "مدنيون عالقون بين خطوط القتال جنوب طرابلس",
      "ar",
    ]);
    const paragraphs = a.body.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^قالت منظمات إغاثة محلية إن عشرات الأسر/);
    expect(paragraphs[0]).toContain("قوات المشير خليفة حفتر على العاصمة");
    expect(paragraphs[3]).toMatch(/تحت خطر القذائف العشوائية\.$/);
    for (const furniture of ["الرئيسية", "إعلان", "اقرأ أيضا", "أسعار النفط", "جميع الحقوق محفوظة", "dataLayer"]) expect(a.body).not.toContain(furniture);
  });

  it("skips a page that holds no article (a section index of headlines)", async () => {
    const file = at("pages/section-index.html");
    expect(await read([file])).toMatchObject({
      articles: [],
      skipped: [{ source: file, line: null, reason: "no article in the page (no block of text long enough to be one)" }],
    });
  });
});

describe("folders", () => {
  it("with outletFromFolder, the first sub-folder names each file's outlet; the title is the first line", async () => {
    const { articles, skipped } = await read([at("outlets")], { outletFromFolder: true });
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.source, a.outlet, a.title, a.sourceId === a.source])).toEqual([
      [at("outlets/بوابة الوسط/داخلية.txt"), "بوابة الوسط", "وزارة الداخلية تعلن خطة أمنية للعاصمة", true],
      [at("outlets/عين ليبيا/بركان.txt"), "عين ليبيا", "عملية بركان الغضب تعلن صد هجوم", true],
    ]);
    const flat = await read([at("outlets")]);
    expect(flat.articles.map((a) => a.outlet)).toEqual([null, null]);
  });

  it("reads the bundled Markdown corpus with its front matter", async () => {
    const { articles, skipped } = await read(["articles"]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.sourceId, a.outlet, a.date])).toEqual([
      ["000-middle-east-online", "ميدل إيست أونلاين", null], // "2019-03": a month is not a day
      ["001-libya-alahrar", "ليبيا الأحرار", "2019-09-27"],
      ["002-noon-post", "نون بوست", "2017-01-21"],
      ["003-azzaman", "الزمان", "2016-05-17"],
      ["004-aljazeera", "الجزيرة نت", "2019-05-01"],
    ]);
  });

  it("a UTF-8 text file with a damaged byte is skipped, not read as windows-1256 mojibake; a real windows-1256 file is read", () =>
    inTempDir(async (dir) => {
      const text = "أعلنت وزارة الصحة في طرابلس استقبال عدد من الجرحى بينهم مدنيون، ودعت إلى التبرع بالدم.\n";
      fs.writeFileSync(path.join(dir, "damaged.txt"), Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from(text)]));
      fs.writeFileSync(path.join(dir, "legacy.txt"), iconv.encode(text, "windows-1256"));
      const { articles, skipped } = await read([dir]);
      expect(skipped).toEqual([{ source: path.join(dir, "damaged.txt"), line: null, reason: expect.stringMatching(/^not valid UTF-8: 1 invalid byte sequence\(s\), the first on line 2/) }]);
      expect(articles.map((a) => [a.source, a.body])).toEqual([[path.join(dir, "legacy.txt"), text]]);
    }));

  it("names a missing path and a binary file as skipped and goes on", () =>
    inTempDir(async (dir) => {
      fs.writeFileSync(path.join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      fs.writeFileSync(path.join(dir, "export.csv"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
      const { articles, skipped } = await read([path.join(dir, "missing.csv"), dir]);
      expect(articles).toEqual([]);
      expect(skipped).toEqual([
        { source: path.join(dir, "missing.csv"), line: null, reason: "no such file or folder" },
        { source: path.join(dir, "export.csv"), line: null, reason: "binary file, not text" },
        { source: path.join(dir, "image.txt"), line: null, reason: "binary file, not text" },
      ]);
    }));
});

describe("the README's examples", () => {
  it("examples/ reads as five articles of three outlets, with nothing skipped", async () => {
    const { articles, skipped } = await read(["examples"]);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => [a.source, a.line, a.sourceId, a.outlet, a.date])).toEqual([
      ["examples/articles.csv", 2, "wst-0412", "بوابة الوسط", "2019-04-12"],
      ["examples/articles.csv", 5, "mrs-0413", "المرصد", "2019-04-13"],
      ["examples/articles.csv", 6, "ayn-0414", "عين ليبيا", "2019-04-14"],
      ["examples/articles.jsonl", 1, "wst-0420", "بوابة الوسط", "2019-04-20"],
      ["examples/articles.jsonl", 2, "mrs-0421", "المرصد", "2019-04-21"],
    ]);
    expect(articles[1]!.body).toContain('العمليات تستهدف "الجماعات الإرهابية" فقط');
  });
});

describe("export files recognised unchanged", () => {
  /** The kinds of events reading `file` yields, with the identity asked about. */
  async function kinds(file: string, known: boolean, options: ImportOptions = {}) {
    const asked: ExportIdentity[] = [];
    const events: ImportEvent[] = [];
    const isKnown = async (identity: ExportIdentity) => (asked.push(identity), known);
    for await (const event of readSources([file], { ...options, isKnown })) events.push(event);
    return { asked, kinds: events.map((e) => e.kind), events };
  }

  it("an export the store knows is not read: one hash of its bytes, then `known`; one it does not know is read, then `read`", async () => {
    const file = at("broken.csv");
    const bytes = fs.readFileSync(file);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const skippedWhole = await kinds(file, true);
    expect(skippedWhole.kinds).toEqual(["known", "progress"]);
    expect(skippedWhole.asked).toEqual([{ size: bytes.length, sha256, options: expect.any(String) }]);
    const readWhole = await kinds(file, false);
    expect(readWhole.kinds.filter((k) => k === "article").length).toBe(2);
    expect(readWhole.kinds.at(-1)).toBe("read");
    expect(readWhole.events.at(-1)).toMatchObject({ source: file, identity: { size: bytes.length, sha256 } });
  });

  it("a file of a size never imported whole is hashed while it is parsed, not before: the same identity, one read", async () => {
    for (const name of ["broken.csv", "articles.jsonl"]) {
      const file = name === "broken.csv" ? at(name) : path.join(ROOT, "examples", name);
      const bytes = fs.readFileSync(file);
      const sizes: number[] = [];
      const sizeKnown = async (size: number) => (sizes.push(size), false);
      const { asked, kinds: seen, events } = await kinds(file, true, { sizeKnown });
      expect(sizes).toEqual([bytes.length]);
      expect(asked).toEqual([]);
      expect(seen.filter((k) => k === "article").length).toBeGreaterThan(0);
      expect(events.at(-1)).toMatchObject({ kind: "read", source: file, identity: { size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") } });
    }
    // a remembered size: hashed first, and recognised
    expect((await kinds(at("broken.csv"), true, { sizeKnown: async () => true })).kinds).toEqual(["known", "progress"]);
  });

  it("other read options are another identity; single article files are never asked about", async () => {
    const plain = (await kinds(at("broken.csv"), false)).asked[0]!;
    const mapped = (await kinds(at("broken.csv"), false, { outlet: "الوسط" })).asked[0]!;
    expect(mapped.sha256).toBe(plain.sha256);
    expect(mapped.options).not.toBe(plain.options);
    const article = await kinds(path.join(ROOT, "articles", fs.readdirSync(path.join(ROOT, "articles")).find((f) => f.endsWith(".md"))!), true);
    expect(article.asked).toEqual([]);
    expect(article.kinds).toContain("article");
  });
});
