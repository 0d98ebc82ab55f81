import fc from "fast-check";
import { stanceOf } from "../../lib/analysis/stance";

describe("stance interval", () => {
  it("is empty without mentions", () => {
    expect(stanceOf([])).toEqual({ mean: null, low: null, high: null, n: 0 });
  });

  it("is wide for one mention and for three agreeing ones: small samples look small", () => {
    const one = stanceOf([2]);
    expect(one.high! - one.low!).toBeGreaterThan(2);
    const three = stanceOf([-2, -2, -2]);
    expect(three.mean).toBe(-2);
    expect(three.high! - three.low!).toBeGreaterThan(1.5);
  });

  it("narrows as n grows", () => {
    const width = (n: number) => {
      const s = stanceOf(Array.from({ length: n }, (_, i) => (i % 2 ? 1 : -1)));
      return s.high! - s.low!;
    };
    expect(width(100)).toBeLessThan(width(10));
    expect(width(10)).toBeLessThan(width(2));
  });

  it("always lies within −2..+2 and holds the mean", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 1, maxLength: 200 }), (values) => {
        const s = stanceOf(values);
        expect(s.low!).toBeGreaterThanOrEqual(-2);
        expect(s.high!).toBeLessThanOrEqual(2);
        expect(s.low!).toBeLessThanOrEqual(s.mean! + 1e-9);
        expect(s.high!).toBeGreaterThanOrEqual(s.mean! - 1e-9);
        expect(s.n).toBe(values.length);
      }),
    );
  });
});
