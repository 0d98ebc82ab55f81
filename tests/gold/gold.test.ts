import { createEngine } from "../../lib/analysis/engine";
import { evaluate, loadGold, parseGoldFile, parseMarkup, unknownTargets } from "../../lib/evaluation";
import { loadLexicon } from "../../lib/lexicon/load";
import { ValidationError } from "../../lib/lexicon/problems";

/**
 * The engine against the gold set (tests/gold/passages): our own passages in both camps' styles
 * and wire copy, hand-marked with every naming a reader sees, nested layers included (the leader
 * inside «قوات حفتر», «فاغنر» inside «عناصر فاغنر»). The thresholds are what the layered engine
 * holds today, with a little slack, so a regression fails here; `npm run eval -- --details` lists
 * every miss and false hit.
 */
const lexicon = loadLexicon("lexicons").lexicon;
const passages = loadGold("tests/gold/passages");
const result = evaluate(createEngine(lexicon), passages);

describe("the gold set", () => {
  it("has at least 1656 sentences in the three house styles, and marks only targets the lexicon defines", () => {
    expect(result.sentences).toBeGreaterThanOrEqual(1656);
    expect(new Set(passages.map((p) => p.style))).toEqual(new Set(["pro-gna", "pro-lna", "wire"]));
    expect(unknownTargets(passages, new Set(lexicon.targets.map((t) => t.id)))).toEqual([]);
    expect(result.traps).toBeGreaterThanOrEqual(50);
  });

  // Round eleven's blind batch (260 namings, 83.1% found before its fixes, 91.9% after) took the set's recall from
  // 96.8% to 96.2%; round twelve's (243 namings, 85.6% found blind, 93.4% after) leaves it at 96.2%; round fourteen's held-out batch (138 namings, written blind
  // to every branch of the round and not fixed after: 93.5%, precision 95.6%) takes it to 95.9%, precision 98.8%; round fifteen's lexicon, conventions
  // and held-out batch (318 namings: 92.1% as written on main, 93.4% on the merged engine): 96.2%, precision 98.6%.
  it("is found with recall ≥ 96% and precision ≥ 98.5% overall, ≥ 95.5% recall on plain namings, ≥ 95% on forces named by a leader and on side-switching labels", () => {
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.96);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.985);
    expect(result.byKind.plain.recall).toBeGreaterThanOrEqual(0.955);
    expect(result.byKind.force.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.byKind.label.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("never takes a look-alike word for a loaded naming", () => {
    const hits = result.scores.flatMap((s) => s.trapHits.map((m) => `${s.id}: ${m.text}`));
    expect(hits).toEqual([]);
  });

  // One known: «المشير» of another army in a passage without his name. Round eleven's contexts
  // (lib/constructions/senses.json: a natural disaster, sport, other wars) took the flood's «مقابر جماعية» out;
  // round twelve's (Sudan's war, Algeria's, Yemen's council) its batch's 13 of 23. Round fifteen's held-out batch,
  // not fixed after, brings three more (Sudan's army's «قواته», Tunisia's «الجيش الوطني», Egypt's «مجلس الدولة»).
  it("takes at most four same-spelled words in another sense (another field marshal, an editor) for a naming", () => {
    expect(result.senseTraps).toBeGreaterThanOrEqual(110);
    expect(result.senseHits).toBeLessThanOrEqual(4);
  });

  // Round twelve's voice rules: 97.8% of round eleven's set; with round twelve's blind batch merged, 97.2%;
  // round fourteen's held-out batch (93.8% of its own) takes the set to 96.9%.
  it("puts ≥ 96.5% of the namings it finds in the voice the reader sees", () => {
    expect(result.voice.accuracy).toBeGreaterThanOrEqual(0.965);
  });

  // Round ten's blind batch added 48 labels that resolve at about half: the set's figure fell from 77.8% to 68.9%;
  // round eleven's places, back-references and one-camp articles raised it to 83.0% (112 of 135); round eleven's
  // blind batch added 64 labels that resolve at 45.3% (29 of 64), so the whole set's figure is 70.9% (141 of 199);
  // round twelve's successors, joined and backed sides, speakers and places among opponents: 75.4% (150 of 199);
  // round twelve's blind batch added 49 labels, so the whole set with both round-twelve branches is 69.1% (172 of 249).
  // round thirteen's resolution rules (speakers, continued words, descriptions, a label's own place, the south, praise
  // read from the article's other praising labels) raise it to 72.3% (180 of 249); round thirteen's blind batch adds
  // 68 labels resolved at 64.7% (44 of 68), so the whole set after the merge is 70.7% (224 of 317); round fourteen's
  // «في وجه» among the opposing cues raises it to 71.3% (226 of 317); round fourteen's two blind batches add 38 labels (the first 12, 3 resolved; the held-out 26, 16 resolved), so the whole set is 69.0% (245 of 355).
  // Round fifteen's rules (martyrs as labels, a damning label as its speaker's opponent, a label nested in a camp's
  // phrase, support across a complementizer, a place's adjective) raise it to 73.5% (261 of 355); round fifteen's
  // held-out batch adds 31 labels (26 resolved on the merged engine): the whole set is 74.9% (289 of 386).
  it("resolves ≥ 74% of the side-switching labels to the camp the reader sees", () => {
    expect(result.resolution.labels).toBeGreaterThanOrEqual(386);
    expect(result.resolution.accuracy).toBeGreaterThanOrEqual(0.74);
  });
});

describe("gold markup", () => {
  it("strips nested markup and keeps offsets into the clean text", () => {
    const { text, spans } = parseMarkup("قالت إن [فلول [تنظيم داعش]{isis -1 pejorative nested @a}]{isis -1 diminishing @a} فرت، [مشيرا]{trap} إلى ذلك.");
    expect(text).toBe("قالت إن فلول تنظيم داعش فرت، مشيرا إلى ذلك.");
    expect(spans.map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ["فلول تنظيم داعش", "فلول تنظيم داعش"],
      ["تنظيم داعش", "تنظيم داعش"],
      ["مشيرا", "مشيرا"],
    ]);
    expect(spans[1]!.spec).toEqual({ kind: "naming", target: "isis", valence: -1, category: "pejorative", voice: "attributed", resolved: null, nested: true, force: false });
  });

  it("reads a label's camp and a force construction", () => {
    const { spans } = parseMarkup("[الجيش الليبي]{army-label +2 legitimizing =lna} و[قوات [حفتر]{haftar 0 name nested}]{lna -1 personalizing force}");
    expect(spans.map((s) => s.spec.kind === "naming" && [s.spec.resolved, s.spec.force, s.spec.nested])).toEqual([
      ["lna", false, false],
      [null, true, false],
      [null, false, true],
    ]);
  });

  it("reads a passage's date, in which era-bound words are read, and refuses one that is no date", () => {
    const file = (date: string) => `- id: dated\n  style: wire\n  date: "${date}"\n  text: "[الحكومة الموازية]{gns -1 delegitimizing}"\n`;
    const [dated] = parseGoldFile(file("2022-08"), "d.yaml");
    expect(dated!.date).toBe("2022-08");
    expect(evaluate(createEngine(lexicon), [dated!]).overall.recall).toBe(1);
    expect(evaluate(createEngine(lexicon), [{ ...dated!, date: "2016-05" }]).overall.recall).toBe(0);
    expect(() => parseGoldFile(file("2022-13"), "d.yaml")).toThrow(/d\.yaml[\s\S]*month 13/);
  });

  it("refuses a bad spec or unbalanced brackets, naming the file and the passage", () => {
    const file = (text: string) => `- id: bad-one\n  style: wire\n  text: "${text}"\n`;
    expect(() => parseGoldFile(file("[حفتر]{haftar +5 name}"), "x.yaml")).toThrow(/x\.yaml: passage "bad-one": valence/);
    expect(() => parseGoldFile(file("[حفتر]{haftar 0 nickname}"), "x.yaml")).toThrow(/category/);
    expect(() => parseGoldFile(file("[حفتر]{haftar 0 name loud}"), "x.yaml")).toThrow(/unknown flag "loud"/);
    expect(() => parseGoldFile(file("[حفتر"), "x.yaml")).toThrow(/never closed/);
    expect(() => parseGoldFile(file("حفتر]{haftar 0 name}"), "x.yaml")).toThrow(/without/);
    expect(() => parseGoldFile("- id: x\n  style: blog\n  text: t\n", "y.yaml")).toThrow(ValidationError);
  });
});
