// Preloaded (node -r) into a benchmarked command: at exit, its peak resident memory (maxRSS, in KB; worker
// threads included, maxRSS is per process) and CPU time, written to the file named by ADASA_MAX_RSS_FILE
// when set (for a command whose stderr is read for other things), else printed on stderr.
const fs = require("node:fs");
process.on("exit", () => {
  const u = process.resourceUsage();
  const file = process.env.ADASA_MAX_RSS_FILE;
  if (file) fs.writeFileSync(file, String(u.maxRSS));
  else fs.writeSync(2, `\npeak-rss-kb ${u.maxRSS} cpu-us ${u.userCPUTime + u.systemCPUTime}\n`);
});
