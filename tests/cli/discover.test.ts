import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../helpers";
import { adasa } from "./run";

/** A scratch copy of the lexicons and two small outlets of our own writing. */
function scratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-discover-"));
  fs.cpSync(path.join(ROOT, "lexicons"), path.join(dir, "lexicons"), { recursive: true });
  const article = (id: string, outlet: string, body: string) =>
    fs.writeFileSync(path.join(dir, "articles", `${id}.md`), `---\nid: "${id}"\noutlet: "${outlet}"\ntitle: "${id}"\n---\n${body}\n`);
  fs.mkdirSync(path.join(dir, "articles"));
  article("w1", "الغرب", "هاجمت شراذم حفتر أحياء العاصمة ليلا. وقالت البلدية إن شراذم حفتر قصفت المدارس.");
  article("w2", "الغرب", "انسحبت شراذم خليفة حفتر من المطار، ثم عادت شراذم حفتر جنوبا.");
  article("e1", "الشرق", "تقدمت نسور حفتر نحو المطار. وأكدت القيادة أن نسور حفتر تحكم السيطرة.");
  return { dir, lexicons: path.join(dir, "lexicons"), articles: path.join(dir, "articles"), review: path.join(dir, "lexicons", "libya-discovered.yaml") };
}

describe("adasa discover", () => {
  const s = scratch();
  afterAll(() => fs.rmSync(s.dir, { recursive: true, force: true }));

  it("lists each outlet's phrases around the target's names with examples in context", () => {
    const r = adasa("discover", s.articles, "--target", "haftar", "--lexicon", s.lexicons);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/الغرب \(2 article\(s\)/);
    expect(r.stdout).toMatch(/before {2}شراذم ×4 {3}n=4 elsewhere=0 G²=\d/);
    expect(r.stdout).toContain("«شراذم» [حفتر]");
    const json = JSON.parse(adasa("discover", s.articles, "--target", "haftar", "--lexicon", s.lexicons, "--format", "json").stdout);
    expect(json.lexicon.lexicon_version).toMatch(/^sha256:/);
    expect(json.outlets.find((o: { outlet: string }) => o.outlet === "الشرق").candidates[0].key).toBe("نسور");
  });

  it("accepts a candidate into the review file with a bumped version, and the lexicon then knows it", () => {
    const r = adasa("discover", "accept", "شراذم حفتر", "--target", "lna", "--category", "pejorative", "--valence", "-2", "--gloss", "Haftar's rabble", "--rationale", "Shrinks his forces to a rabble.", "--lexicon", s.lexicons);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("version 0.1.0 → 0.1.1");
    const file = parse(fs.readFileSync(s.review, "utf8"));
    expect(file.entries[0]).toMatchObject({ id: "lna-discovered-1", forms: ["شراذم حفتر"], target: "lna", category: "pejorative", valence: -2, gloss: "Haftar's rabble" });
    expect(adasa("lexicon", "check", s.lexicons).code).toBe(0);
    const csv = adasa("analyze", s.articles, "--lexicon", s.lexicons, "--format", "csv").stdout;
    expect(csv).toContain("lna-discovered-1,شراذم حفتر");
    expect(adasa("discover", s.articles, "--target", "haftar", "--lexicon", s.lexicons).stdout).not.toContain("شراذم ×");
  });

  it("refuses a phrase that collides with a lexicon form, writing nothing", () => {
    const before = fs.readFileSync(s.review, "utf8");
    const r = adasa("discover", "accept", "قوات حفتر", "--target", "lna", "--category", "personalizing", "--valence", "-1", "--gloss", "g", "--rationale", "r", "--lexicon", s.lexicons);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/normalizes to form "قوات حفتر" of entry "lna-haftar-forces"/);
    expect(r.stderr).toContain("nothing written");
    expect(fs.readFileSync(s.review, "utf8")).toBe(before);
  });

  it("rejects a candidate so that it is not proposed again", () => {
    expect(adasa("discover", "reject", "نسور", "--target", "haftar", "--lexicon", s.lexicons).code).toBe(0);
    expect(parse(fs.readFileSync(s.review, "utf8")).rejected).toEqual([{ target: "haftar", key: "نسور", phrase: "نسور" }]);
    expect(adasa("discover", s.articles, "--target", "haftar", "--lexicon", s.lexicons).stdout).not.toContain("نسور ×");
  });

  it("names a bad option value and an unknown target", () => {
    expect(adasa("discover", "accept", "x", "--target", "lna", "--category", "nice", "--valence", "0", "--gloss", "g", "--rationale", "r").code).toBe(2);
    const r = adasa("discover", s.articles, "--target", "nobody", "--lexicon", s.lexicons);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown target "nobody"');
  });
});
