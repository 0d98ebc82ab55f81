import { CODE_ALPHABET, CODE_LENGTH, newCode, normalizeCode } from "../../lib/classroom/code";
import { displayName, nameKey, nameProblem } from "../../lib/classroom/names";

describe("class codes", () => {
  it("are 6 characters of an alphabet without look-alikes", () => {
    for (const lookalike of "0O1IL2Z5S8BUV") expect(CODE_ALPHABET).not.toContain(lookalike);
    for (let i = 0; i < 200; i++) expect(newCode()).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
  });

  it("are read as a student types them: case, spaces, dashes and Arabic digits folded", () => {
    expect(normalizeCode(" kx7-q4m ")).toBe("KX7Q4M");
    expect(normalizeCode("KX٧Q٤M")).toBe("KX7Q4M");
    expect(normalizeCode("KX۷Q۴M")).toBe("KX7Q4M"); // Persian digits
    expect(normalizeCode("KX7Q4")).toBeUndefined(); // too short
    expect(normalizeCode("KX7Q0M")).toBeUndefined(); // 0 is never in a code
  });
});

describe("display names", () => {
  it("are compared with case, diacritics, hamza forms and spacing folded", () => {
    expect(nameKey("أَمل")).toBe(nameKey("امل"));
    expect(nameKey("إيمان")).toBe(nameKey("ايمان"));
    expect(nameKey("Omar  Said")).toBe(nameKey("omar said"));
    expect(nameKey("سارة")).not.toBe(nameKey("ساره")); // ة and ه are not folded: different names
    expect(displayName("  نور   الهدى ")).toBe("نور الهدى");
  });

  it("say what is wrong with a name that cannot be used", () => {
    expect(nameProblem("")).toBe("enter your name");
    expect(nameProblem("ـــ")).toBe("enter your name"); // tatweel alone folds to nothing
    expect(nameProblem("x".repeat(41))).toMatch(/at most 40/);
    expect(nameProblem("a\u202Eb")).toMatch(/control or direction/);
    expect(nameProblem("ليلى")).toBeUndefined();
  });
});
