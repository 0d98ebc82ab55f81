// Entry of an analysis worker thread (piscina). Worker threads need a JavaScript file: like bin/adasa.js,
// it loads the TypeScript sources from their bundle (bin/bundle.js).
const { workerData } = require("piscina");
const { requireBundled } = require("./bundle.js");
const { analysisTask } = requireBundled("lib/analysis/worker-task.ts");

module.exports = analysisTask(workerData.lexicon);
