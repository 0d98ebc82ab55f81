import { analyzeText } from "../../lib/analysis/analyze-text";
import { bundledEngine } from "../helpers";

/** The loaded words the engine finds in a text (sentences written for these tests, in the wires' and the camps' styles). */
const terms = (body: string) => analyzeText(bundledEngine(), body).matches.map((m) => m.term);

describe("round fourteen's armed formations (lexicons/libya-groups.yaml)", () => {
  it("reads the Tripoli Revolutionaries Brigade as one name, and its critics' «ميليشيا» as a pejorative of it", () => {
    expect(terms("أعلنت كتيبة ثوار طرابلس انسحابها من المقرات.")).toEqual(["gna-tripoli-revolutionaries"]);
    expect(terms("هاجمت ميليشيا ثوار طرابلس مقرا حكوميا.")).toEqual(["gna-tripoli-revolutionaries-militia"]);
  });
});
