import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../helpers";
import { adasa } from "./run";

describe("adasa lexicon export / import", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-interchange-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(["liwc", "quanteda"])("round-trips the bundled lexicon through %s, and the import is a valid lexicon", (format) => {
    const dict = path.join(dir, format === "liwc" ? "l.dic" : "l.yml");
    const back = path.join(dir, `${format}.yaml`);
    expect(adasa("lexicon", "export", "--format", format, "--out", dict).code).toBe(0);
    const r = adasa("lexicon", "import", dict, "--out", back);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // the same size as the bundled lexicon, whatever it has grown to
    const size = /\d+ entries, \d+ forms, \d+ targets/.exec(adasa("lexicon", "check", path.join(ROOT, "lexicons")).stdout)![0];
    expect(adasa("lexicon", "check", back).stdout).toMatch(new RegExp(`^ok: .*${size}`));
    expect(adasa("lexicon", "export", back, "--format", format).stdout).toBe(fs.readFileSync(dict, "utf8"));
  });

  it("names the file and line of a broken dictionary, and refuses a non-Arabic one", () => {
    const broken = path.join(dir, "broken.dic");
    fs.writeFileSync(broken, "%\n1\tx\n%\nكلمة\t9\n");
    const r = adasa("lexicon", "import", broken);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot import ${broken}: line 4: category 9`);
    const english = path.join(dir, "english.dic");
    fs.writeFileSync(english, "%\n1\tposemo\n%\nhappy\t1\n");
    const e = adasa("lexicon", "import", english);
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/not an Arabic letter/);
  });
});
