import fc from "fast-check";

/**
 * Property tests are deterministic in CI: one fixed seed (CI set, as .ci/run
 * does), or the one FC_SEED gives (FC_SEED=random for a fresh one). Locally
 * each run takes a fresh seed, to keep finding cases. fast-check prints the
 * seed and the shrunk counterexample of a failure: rerun with FC_SEED=that
 * seed, and keep the counterexample as a regression case.
 */
const CI_SEED = 20_261_129;

function chosenSeed(): number | undefined {
  const given = process.env.FC_SEED;
  if (given === "random") return undefined;
  if (given !== undefined && given !== "") {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${given}"`);
    return seed;
  }
  return process.env.CI ? CI_SEED : undefined;
}

const seed = chosenSeed();
if (seed !== undefined) fc.configureGlobal({ seed });
