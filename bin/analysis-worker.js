// Entry of an analysis worker thread (piscina). Worker threads need a JavaScript file: like bin/adasa.js,
// it registers tsx and runs the TypeScript sources in place.
require("tsx/cjs/api").register();
const { workerData } = require("piscina");
const { analysisTask } = require("../lib/analysis/worker-task.ts");

module.exports = analysisTask(workerData.lexicon);
