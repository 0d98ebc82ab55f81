/**
 * Runs once when the server starts (Next.js instrumentation hook): the
 * alignment pool's workers start now, each loading its code and compiling the
 * lexicon, so the first diff does not wait for them; and the store opens,
 * bringing in the configured corpus folder and analysing what is new in the
 * background, so the first page does not wait for that either.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPool } = await import("@/lib/work/pool");
  startPool();
  const { processStore } = await import("@/lib/store/process-store");
  // a store that cannot open now (held by an `adasa import`) is tried again by the first page, which says why
  processStore().catch((error) => console.error(`adasa: the store did not open: ${(error as Error).message}`));
}
