/**
 * An analysis' tally rows made flat on the analysis thread (lib/analysis/tally-rows.ts), and a column of such rows
 * as one binary int array (intColumnArray): the rows, their readings and naming bounds as the store's statement
 * read them from the objects before (one row per target for both readings when they count the same, a row per
 * reading otherwise), and the array byte for byte what binaryArray makes of the column's numbers.
 */
import type { TargetCounts } from "../../lib/analysis/tally";
import { TALLY_NUMBERS, tallyRows } from "../../lib/analysis/tally-rows";
import { binaryArray, intArrayParams, intArrayRows, intColumnArray } from "../../lib/store/binary-array";

/** A target's counts, written by hand: `n` sets every count apart, `naming` its naming entries' (all, own). */
function counts(target: string, n: number, naming: Record<string, [number, number]> = {}): TargetCounts {
  return {
    target,
    mentions: { all: n, own: n - 1 },
    loaded: { all: n + 1, own: n },
    stanceSum: -n,
    stanceN: n + 2,
    scareQuoted: n % 2,
    voices: { author: n, quoted: 2 * n, attributed: 3 * n },
    naming: new Map(Object.entries(naming).map(([term, [all, own]]) => [term, { all, own }])),
  };
}

/** A row's numbers as the statement reads them: the counts in TALLY_NUMBERS' order, then the naming bounds. */
const row = (c: TargetCounts, from: number, to: number): number[] => [
  c.mentions.all,
  c.mentions.own,
  c.loaded.all,
  c.loaded.own,
  c.stanceSum,
  c.stanceN,
  c.scareQuoted,
  c.voices.author,
  c.voices.quoted,
  c.voices.attributed,
  from,
  to,
];

describe("tallyRows (an analysis' tally rows, flat)", () => {
  it("gives one row per target for both readings when no label was resolved, naming bounds counted from the analysis' first term", () => {
    const haftar = counts("haftar", 3, { "haftar-marshal": [2, 1], "haftar-warlord": [1, 0] });
    const gna = counts("gna", 5);
    const lna = counts("lna", 4, { "lna-army": [4, 4] });
    const rows = tallyRows([haftar, gna, lna], null);
    expect(rows.targets).toEqual(["haftar", "gna", "lna"]);
    expect(rows.resolutions).toEqual(["both", "both", "both"]);
    expect(Array.from(rows.numbers)).toEqual([...row(haftar, 1, 2), ...row(gna, 3, 2), ...row(lna, 3, 3)]);
    expect(rows.terms).toEqual(["haftar-marshal", "haftar-warlord", "lna-army"]);
    expect(Array.from(rows.termCounts)).toEqual([2, 1, 1, 0, 4, 4]);
    expect(rows.numbers.length).toBe(3 * TALLY_NUMBERS.length);
  });

  it("keeps a target that counts the same under both readings once, and gives a row per reading to those that differ", () => {
    const same = counts("gna", 2, { "gna-government": [2, 2] });
    const resolved = counts("lna", 6, { "lna-army": [3, 1] });
    const unresolvedLna = counts("lna", 4, { "lna-army": [3, 1] });
    const onlyUnresolved = counts("armed-groups", 2, { militias: [2, 0] });
    // equal counts in objects of their own: still one row
    const sameAgain = { ...counts("gna", 2, {}), naming: new Map([["gna-government", { all: 2, own: 2 }]]) };
    const rows = tallyRows([same, resolved], [unresolvedLna, sameAgain, onlyUnresolved]);
    expect(rows.targets).toEqual(["gna", "lna", "lna", "armed-groups"]);
    expect(rows.resolutions).toEqual(["both", "resolved", "unresolved", "unresolved"]);
    expect(Array.from(rows.numbers)).toEqual([...row(same, 1, 1), ...row(resolved, 2, 2), ...row(unresolvedLna, 3, 3), ...row(onlyUnresolved, 4, 4)]);
    expect(rows.terms).toEqual(["gna-government", "lna-army", "lna-army", "militias"]);
  });

  it("gives no row for an analysis that counts no target", () => {
    const rows = tallyRows([], null);
    expect(rows.targets).toEqual([]);
    expect(rows.numbers.length).toBe(0);
    expect(rows.termCounts.length).toBe(0);
  });
});

describe("intColumnArray (a column of flat rows as one binary int array)", () => {
  const parts = [Int32Array.from([1, -2, 3, 4, 5, 6]), new Int32Array(0), Int32Array.from([7, 8, 9]), Int32Array.from([-2147483648, 2147483647, 0])];

  it("is the binary array of the column's values over every part, in order", () => {
    for (let column = 0; column < 3; column++) {
      const values = parts.flatMap((p) => Array.from(p).filter((_, k) => k % 3 === column));
      expect(intColumnArray(parts, 3, column).equals(binaryArray("int", values))).toBe(true);
    }
  });

  it("is an empty array when no part has a row", () => {
    expect(intColumnArray([new Int32Array(0)], 2, 1).equals(binaryArray("int", []))).toBe(true);
    expect(intColumnArray([], 2, 0).equals(binaryArray("int", []))).toBe(true);
  });
});

describe("intArrayParams (int arrays per row as bounds and one flat array)", () => {
  it("gives the rows' bounds and the flat array byte for byte as intArrayRows and binaryArray do", () => {
    const arrays = [[4, 5, 6], [], [7], [-1, 2147483647], []];
    const { flat, from, to } = intArrayRows(arrays);
    const [f, t, values] = intArrayParams(arrays);
    expect(f.equals(binaryArray("int", from))).toBe(true);
    expect(t.equals(binaryArray("int", to))).toBe(true);
    expect(values.equals(binaryArray("int", flat))).toBe(true);
    expect(intArrayParams([[], []])[2].equals(binaryArray("int", []))).toBe(true);
  });
});
