// Preloaded (node -r) into a benchmarked command: prints the process's peak resident memory on exit,
// worker threads included (maxRSS is per process).
const fs = require("node:fs");
process.on("exit", () => {
  const u = process.resourceUsage();
  fs.writeSync(2, `\npeak-rss-kb ${u.maxRSS} cpu-us ${u.userCPUTime + u.systemCPUTime}\n`);
});
