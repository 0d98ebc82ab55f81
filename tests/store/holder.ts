/**
 * Holds an embedded store the way the web server does (processStore: the same
 * open function, serving the store on its socket) until it is stopped. Prints
 * "ready" once the store is open and served, then reads the article count in
 * its own process every 50 ms and prints each new one ("articles N"): what
 * the web server's pages would see while another process imports.
 */
import { processStore } from "../../lib/store/process-store";

async function hold(): Promise<void> {
  const { store, version } = await processStore("the test holder");
  process.stdout.write("ready\n");
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  let last = -1;
  while (!stopping) {
    const { articles } = await store.overview(version);
    if (articles !== last) process.stdout.write(`articles ${(last = articles)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await store.close();
}

hold().catch((error: Error) => {
  process.stderr.write(`holder: ${error.message}\n`);
  process.exit(1);
});
