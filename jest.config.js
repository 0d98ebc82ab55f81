const nextJest = require("next/jest");

// next/jest compiles TypeScript with SWC, the same compiler the web app uses.
const createJestConfig = nextJest({ dir: "./" });

module.exports = createJestConfig({
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // CLI tests spawn the real command; give them room on a loaded 2-core machine.
  testTimeout: 60000,
});
