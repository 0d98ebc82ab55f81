// Entry of an analysis worker thread (piscina). Worker threads need a JavaScript file: like bin/adasa.js,
// it loads the TypeScript sources from their bundle (bin/bundle.js). Two tasks: analysing texts (the
// default) and fingerprinting an import's new texts (`fingerprint`, MinHash off the main thread).
const { workerData } = require("piscina");
const { requireBundled } = require("./bundle.js");
const { analysisTask } = requireBundled("lib/analysis/worker-task.ts");
const { fingerprintTask } = requireBundled("lib/import/fingerprint.ts");

// piscina runs the module itself as the default task, and a property of it by name
module.exports = Object.assign(analysisTask(workerData.lexicon), { fingerprint: fingerprintTask });
