/** The README's examples are what the tool prints now (regenerate: node bin/run-ts.js scripts/readme-examples.ts). */
import fs from "node:fs";
import { EXAMPLES, README, readmeFragment } from "../../scripts/readme-examples";

describe("README examples", () => {
  it.each(Object.keys(EXAMPLES))("%s is the tool's own output", (name) => {
    const readme = fs.readFileSync(README, "utf8");
    const shown = readmeFragment(readme, name);
    expect(shown).not.toBeNull();
    expect(shown).toBe(EXAMPLES[name]!());
  });
});
