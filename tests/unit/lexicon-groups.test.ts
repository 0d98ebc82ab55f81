import { analyzeText } from "../../lib/analysis/analyze-text";
import { bundledEngine } from "../helpers";

/** The loaded words the engine finds in a text (sentences written for these tests, in the wires' and the camps' styles). */
const terms = (body: string) => analyzeText(bundledEngine(), body).matches.map((m) => m.term);

describe("round fourteen's armed formations (lexicons/libya-groups.yaml)", () => {
  it("names the Tripoli brigades by their number, with the article and a clitic, not as a general's rank", () => {
    expect(terms("انتشرت آليات اللواء 444 قتال على طريق المطار جنوب العاصمة.")).toContain("gnu-444-brigade");
    expect(terms("وقالت مصادر إن عناصر من اللواء 111 مجحفل تمركزت في المنطقة.")).toContain("gnu-111-brigade");
    expect(terms("واندلعت اشتباكات بين جهاز الردع وللواء 444 أمس.")).toContain("gnu-444-brigade");
  });

  it("reads the Tripoli Revolutionaries Brigade as one name, and its critics' «ميليشيا» as a pejorative of it", () => {
    expect(terms("أعلنت كتيبة ثوار طرابلس انسحابها من المقرات.")).toEqual(["gna-tripoli-revolutionaries"]);
    expect(terms("هاجمت ميليشيا ثوار طرابلس مقرا حكوميا.")).toEqual(["gna-tripoli-revolutionaries-militia"]);
  });
});
