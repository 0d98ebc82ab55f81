const nextJest = require("next/jest");

// next/jest compiles TypeScript with SWC, the same compiler the web app uses.
const createJestConfig = nextJest({ dir: "./" });

module.exports = createJestConfig({
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // property tests: a fixed seed in CI, FC_SEED to choose one (tests/setup/fast-check.ts)
  setupFiles: ["<rootDir>/tests/setup/fast-check.ts"],
  // CLI tests spawn the real command, and browser tests (tests/browser) start `next start` and
  // Chromium per file: give them room on a loaded 2-core machine.
  testTimeout: 60000,
  // Two workers on two cores: the browser files wait on their server and browser much of the time
  // (the default, cores - 1, would run everything one file after the other).
  maxWorkers: 2,
  // A worker asked to stop is killed, with the warning "a worker process has failed to exit
  // gracefully", when it has not exited within this time. With --detectOpenHandles, and a probe
  // listing process._getActiveHandles() after the last test, nothing is left open (only the IPC
  // pipe and stdio): the worker is just slow to wind down (V8 tearing down a heap holding the
  // compiled lexicon, SWC's native binding, pglite's WebAssembly) on a loaded 2-core machine,
  // where it took more than Jest's default 500 ms even for a file of one trivial test.
  workerGracefulExitTimeout: 10000,
});
