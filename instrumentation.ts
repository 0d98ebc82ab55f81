/**
 * Runs once when the server starts (Next.js instrumentation hook): the
 * alignment pool's workers start now, each loading its code and compiling the
 * lexicon, so the first diff does not wait for them.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPool } = await import("@/lib/work/pool");
  startPool();
}
