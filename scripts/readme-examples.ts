/**
 * The README's examples are the tool's own output, so they cannot drift:
 *
 *   node bin/run-ts.js scripts/readme-examples.ts          # rewrite the fragments in README.md
 *
 * Each fragment sits between `<!-- example:NAME -->` and `<!-- /example:NAME -->`;
 * tests/cli/readme.test.ts fails when a fragment differs from what the tool prints now.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..");
export const README = path.join(ROOT, "README.md");

type Json = Record<string, unknown> & { [k: string]: unknown };

/** `adasa analyze articles/004-aljazeera.md --format json`, cut to one match and one target per list. */
export function analyzeJsonExample(): string {
  const out = execFileSync(process.execPath, [path.join(ROOT, "bin", "adasa.js"), "analyze", "articles/004-aljazeera.md", "--format", "json"], { cwd: ROOT, encoding: "utf8" });
  const json = JSON.parse(out) as Json & { articles: (Json & { matches: Json[]; targets: Json[] })[]; outlets: (Json & { targets: Json[] })[] };
  const onTarget = (list: Json[]) => list.filter((x) => x.target === "haftar").slice(0, 1);
  const article = json.articles[0]!;
  const cut = {
    ...json,
    articles: [{ ...article, matches: onTarget(article.matches), targets: onTarget(article.targets) }],
    outlets: json.outlets.map((o) => ({ ...o, targets: onTarget(o.targets) })),
  };
  return ["```json", JSON.stringify(cut, null, 2), "```"].join("\n");
}

export const EXAMPLES: Record<string, () => string> = { "analyze-json": analyzeJsonExample };

const fragment = (name: string) => new RegExp(`(<!-- example:${name} -->\\n)[\\s\\S]*?(<!-- /example:${name} -->)`);

/** The README's text of fragment `name`, or null if its markers are missing. */
export function readmeFragment(readme: string, name: string): string | null {
  const m = fragment(name).exec(readme);
  return m ? readme.slice(m.index + m[1]!.length, m.index + m[0].length - m[2]!.length).trimEnd() : null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  let readme = fs.readFileSync(README, "utf8");
  for (const [name, make] of Object.entries(EXAMPLES)) {
    if (readmeFragment(readme, name) === null) throw new Error(`README.md has no <!-- example:${name} --> markers`);
    const text = make();
    readme = readme.replace(fragment(name), (_, open: string, close: string) => `${open}${text}\n${close}`);
  }
  fs.writeFileSync(README, readme);
  console.log(`README.md: ${Object.keys(EXAMPLES).length} example(s) regenerated`);
}
