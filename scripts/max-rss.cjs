// Preloaded (node --require) by scripts/bench-files.ts into the command it measures: at exit, writes the
// process's peak resident memory (maxRSS, in KB) to the file named by ADASA_MAX_RSS_FILE.
process.on("exit", () => {
  const file = process.env.ADASA_MAX_RSS_FILE;
  if (file) require("node:fs").writeFileSync(file, String(process.resourceUsage().maxRSS));
});
