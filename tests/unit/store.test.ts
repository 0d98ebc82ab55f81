import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getCorpus } from "../../lib/corpus/store";
import { ARTICLES, LEXICONS } from "../helpers";

describe("the corpus store of the web app", () => {
  let dir: string;
  let lexicons: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-store-"));
    lexicons = path.join(dir, "lexicons");
    fs.mkdirSync(lexicons);
    fs.copyFileSync(path.join(LEXICONS, "libya.yaml"), path.join(lexicons, "libya.yaml"));
    fs.mkdirSync(path.join(dir, "articles"));
    fs.copyFileSync(path.join(ARTICLES, "004-aljazeera.md"), path.join(dir, "articles", "004-aljazeera.md"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("analyses the folder once, sees a new file, and keeps the last good corpus when the lexicon breaks", async () => {
    const source = { dirs: [path.join(dir, "articles")], lexiconPath: lexicons };
    const first = getCorpus(source);
    expect(first.results.map((r) => r.article.id)).toEqual(["004-aljazeera"]);
    expect(getCorpus(source)).toBe(first);

    fs.copyFileSync(path.join(ARTICLES, "000-middle-east-online.md"), path.join(dir, "articles", "000-middle-east-online.md"));
    await new Promise((r) => setTimeout(r, 3100));
    const second = getCorpus(source);
    expect(second.results.map((r) => r.article.id).sort()).toEqual(["000-middle-east-online", "004-aljazeera"]);

    fs.appendFileSync(path.join(lexicons, "libya.yaml"), "\n  - {id: haftar-field-marshal, forms: [x]}\n");
    await new Promise((r) => setTimeout(r, 3100));
    const third = getCorpus(source);
    expect(third.results).toHaveLength(2);
    expect(third.stale).toMatch(/libya\.yaml/);
  });
});
