// Entry of a worker thread of `adasa analyze` over files (piscina): reads, analyses and serialises
// batches of files (lib/work/file-batch.ts), loaded from its bundle like bin/adasa.js (bin/bundle.js).
const { workerData } = require("piscina");
const { requireBundled } = require("./bundle.js");
const { fileBatchTask, cachePhraseTables } = requireBundled("lib/work/file-batch.ts");

cachePhraseTables();
module.exports = fileBatchTask(workerData.lexicon);
