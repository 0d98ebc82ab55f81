// Entry of the embedded store's thread (lib/store/thread-session.ts): pglite runs here, beside the
// thread that imports or serves pages. Like bin/adasa.js, it loads the TypeScript sources from
// their bundle (bin/bundle.js).
const { requireBundled } = require("./bundle.js");
requireBundled("lib/store/pglite-thread.ts").runPgliteThread();
