import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { listArticleFiles, loadArticle } from "../../lib/corpus/load";
import { decodeBytes, utf8Text } from "../../lib/io/decode";
import { ARTICLES } from "../helpers";

const AL_JAZEERA_SENTENCE = "من جانبه، أكد السراج لكونتي عزم حكومة الوفاق على مقاومة عدوان قوات حفتر بكل قوة إلى حين دحرها وإعادتها من حيث أتت.";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-corpus-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, data: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};

describe("listing", () => {
  it("tells the count of files as each is listed, before the walk ends", () => {
    const counts: number[] = [];
    const { files } = listArticleFiles([ARTICLES], (count) => counts.push(count));
    expect(files).toHaveLength(5);
    expect(counts).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("decoding", () => {
  it("reads windows-1256 Arabic correctly, not garbled", () => {
    const decoded = decodeBytes(iconv.encode(AL_JAZEERA_SENTENCE, "windows-1256"));
    expect(decoded).toEqual({ text: AL_JAZEERA_SENTENCE, encoding: "windows-1256" });
  });

  it("reads UTF-16 with a byte-order mark and UTF-8 with one", () => {
    expect(decodeBytes(iconv.encode(AL_JAZEERA_SENTENCE, "utf-16le", { addBOM: true })).text).toBe(AL_JAZEERA_SENTENCE);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AL_JAZEERA_SENTENCE)])).text).toBe(AL_JAZEERA_SENTENCE);
  });

  it("reads UTF-16 without a byte-order mark by where its zero bytes are (issue 10: it was called binary)", () => {
    const text = `${AL_JAZEERA_SENTENCE}\n2019\n`;
    expect(decodeBytes(iconv.encode(text, "utf-16le"))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeBytes(iconv.encode(text, "utf-16be"))).toEqual({ text, encoding: "utf-16be" });
  });

  it("refuses UTF-8 with a few invalid bytes, naming the line, instead of decoding it as windows-1256 mojibake (issue 10)", () => {
    const lines = [AL_JAZEERA_SENTENCE, AL_JAZEERA_SENTENCE, AL_JAZEERA_SENTENCE].map((l) => Buffer.from(`${l}\n`));
    const damaged = Buffer.concat([lines[0]!, lines[1]!.subarray(0, 9), Buffer.from([0xff, 0xc3]), lines[1]!.subarray(9), lines[2]!]);
    expect(() => decodeBytes(damaged)).toThrow("not valid UTF-8: 2 invalid byte sequence(s), the first on line 2; fix the file, or give --encoding utf-8 to read it with each replaced by \ufffd");
    expect(decodeBytes(damaged, "utf-8").text).toContain(AL_JAZEERA_SENTENCE);
  });

  it("still reads ISO-8859-6 Arabic", () => {
    const sentence = "قوات حفتر تهاجم طرابلس";
    expect(decodeBytes(iconv.encode(sentence, "iso-8859-6"))).toEqual({ text: sentence, encoding: "iso-8859-6" });
  });

  it("decodes any valid UTF-8 to the text TextDecoder gives, on its fast way or the whole way through", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true });
    // TextDecoder drops one byte-order mark; decodeBytes drops one more after a UTF-8 one
    const reference = (bytes: Buffer) => {
      const text = fatal.decode(bytes);
      return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    };
    const unit = fc.constantFrom("ق", "وات", "حفتر", " ", "\n", "\r\n", "\t", "a", "1", "é", "😀", "\ufeff", "\u200f", "\u0001", "\u001b");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        const bytes = Buffer.from(text);
        let decoded: ReturnType<typeof decodeBytes>;
        try {
          decoded = decodeBytes(bytes);
        } catch (error) {
          // only control characters can make valid UTF-8 unreadable: then it is binary
          return /[\u0001\u001b]/.test(text) && /binary/.test((error as Error).message);
        }
        return decoded.encoding === "utf-8" && decoded.text === reference(bytes);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it("decodes UTF-8 for the benchmark exactly as Buffer does, valid or not", () => {
    const unit = fc.oneof(fc.constantFrom(..."قوات حفتر\n😀\ufeff"), fc.integer({ min: 0, max: 255 }).map((byte) => String.fromCharCode(byte)));
    fc.assert(
      fc.property(fc.array(fc.boolean()), fc.string({ unit, maxLength: 60 }), (raw, text) => {
        // half the cases are latin1 bytes: mostly not valid UTF-8
        const bytes = raw.length % 2 ? Buffer.from(text, "latin1") : Buffer.from(text);
        return utf8Text(bytes) === bytes.toString("utf8");
      }),
      { seed: 20261130, numRuns: 1000 },
    );
  });

  it("refuses binary data", () => {
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toThrow(/binary/);
  });
});

describe("loading articles", () => {
  it("loads every bundled seed with its metadata", () => {
    const files = fs.readdirSync(ARTICLES).filter((f) => f.endsWith(".md"));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const loaded = loadArticle(path.join(ARTICLES, f));
      expect("article" in loaded).toBe(true);
      if ("article" in loaded) {
        expect(loaded.article.outlet).toBeTruthy();
        expect(loaded.article.body.length).toBeGreaterThan(1000);
        expect(loaded.article.meta.confidence).toBeTruthy();
      }
    }
  });

  it("reads a plain .txt file with the outlet given", () => {
    const file = write("plain.txt", `${AL_JAZEERA_SENTENCE}\n`);
    const loaded = loadArticle(file, { outlet: "الجزيرة" });
    expect(loaded).toMatchObject({ article: { id: "plain", outlet: "الجزيرة", title: AL_JAZEERA_SENTENCE, date: null } });
  });

  it("names the problem of an empty file, broken front matter and a missing field", () => {
    expect(loadArticle(write("empty.md", ""))).toEqual({ problem: { path: path.join(dir, "empty.md"), reason: "empty file" } });
    const broken = loadArticle(write("broken.md", "---\nid: x\noutlet: [unclosed\n---\nنص"));
    expect("problem" in broken && broken.problem.reason).toMatch(/^broken front matter/);
    const missing = loadArticle(write("missing.md", "---\nid: x\ntitle: t\n---\nنص"));
    expect("problem" in missing && missing.problem.reason).toMatch(/outlet/);
    const blank = loadArticle(write("blank.md", "---\nid: x\noutlet: o\ntitle: t\n---\n\n  \n"));
    expect("problem" in blank && blank.problem.reason).toMatch(/empty article/);
  });
});
