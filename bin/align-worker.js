// The worker entry of the web server's pool when there is no bundled one (.next/adasa/align-worker.js,
// written by `npm run build`), as under `next dev`: tsx compiles the TypeScript task module in place,
// as bin/run-ts.js does. Slower to start (seconds), the same code.
require("tsx/cjs/api").register();
module.exports = require("../lib/work/tasks.ts");
