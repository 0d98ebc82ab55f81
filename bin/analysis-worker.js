// Entry of an analysis worker thread (piscina). Worker threads need a JavaScript file: like bin/adasa.js,
// it loads the TypeScript sources from their bundle (bin/bundle.js). Three tasks: analysing texts (the
// default) and, for an import, hashing a batch's texts (`hash`) and analysing and fingerprinting its new ones in one trip (`import`).
const { workerData } = require("piscina");
const { requireBundled } = require("./bundle.js");
const { analysisTask, importTask, hashTask, cachePhraseTables } = requireBundled("lib/analysis/worker-task.ts");

cachePhraseTables();
// piscina runs the module itself as the default task, and a property of it by name; both share the thread's one engine
const analyse = analysisTask(workerData.lexicon);
module.exports = Object.assign(analyse, { import: importTask(analyse), hash: hashTask });
