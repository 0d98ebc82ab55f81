/**
 * Holds an embedded store the way the web server does (processStore: the same
 * open function, serving the store on its socket) until it is stopped; prints
 * "ready" on stdout once the store is open and served. For the sharing tests.
 */
import { processStore } from "../../lib/store/process-store";

processStore("the test holder")
  .then(({ store }) => {
    process.stdout.write("ready\n");
    const stop = () => void store.close().then(() => process.exit(0));
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  })
  .catch((error: Error) => {
    process.stderr.write(`holder: ${error.message}\n`);
    process.exit(1);
  });
