/**
 * Stance: the mean valence (−2..+2) of the outlet's own-voice mentions of a
 * target, with a 95% interval that stays honest for small samples.
 *
 * The interval is the Wilson score interval applied to the valence rescaled
 * to [0, 1]. For any variable bounded in [0, 1] with mean p, the variance is
 * at most p(1 − p), so the interval is conservative: it never collapses to a
 * point when three mentions agree, and a single mention spans most of the
 * scale. (Wilson 1927; for bounded means see e.g. Agresti & Coull 1998.)
 */
export interface Stance {
  readonly mean: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number;
}

const Z95 = 1.959963984540054;
const MIN = -2;
const MAX = 2;

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function stanceFromSum(sum: number, n: number): Stance {
  if (n === 0) return { mean: null, low: null, high: null, n: 0 };
  const mean = sum / n;
  const p = (mean - MIN) / (MAX - MIN);
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (Z95 / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const back = (q: number) => round3(MIN + Math.min(1, Math.max(0, q)) * (MAX - MIN));
  return { mean: round3(mean), low: back(center - half), high: back(center + half), n };
}

export function stanceOf(valences: readonly number[]): Stance {
  return stanceFromSum(
    valences.reduce((a, b) => a + b, 0),
    valences.length,
  );
}
