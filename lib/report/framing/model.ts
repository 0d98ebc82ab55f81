import { phraseWords } from "../../arabic/phrases";
import { tokenize } from "../../arabic/tokenize";
import { ARTICLE } from "../../arabic/clitics";
import { diffTexts } from "../../align";
import { storyPairs } from "../../align/stories";
import type { ArticleResult, OutletScore } from "../../analysis/corpus";
import type { Engine } from "../../analysis/engine";
import type { CorpusFilter } from "../../analysis/filter";
import { OutletTallies } from "../../analysis/corpus";
import { keyness, wordCounts, type KeyWord } from "../../keyness/keyness";
import { targetCharts, termInfo, type TargetCharts, type TermInfo } from "../charts";
import { passageAt, type Passage } from "../passages";
import { lexiconSummary, type LexiconSummary } from "../../lexicon/version";
import { ReportCandidates, type TargetCandidates } from "./candidates";
import { TimelineSums } from "../timeline";
import type { Interval, Timeline } from "../../store/types";

/**
 * The framing report as data: what every renderer (HTML, Markdown, CSV,
 * JSON, PDF) prints. Built from analysed articles added one at a time
 * (`ReportBuilder`), keeping only sums and what the report shows, so a report
 * over a large store holds no article's body; reads no file and no clock.
 */
export interface ReportArticle {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly date: string | null;
  readonly words: number;
}

/**
 * The report's list of articles. The builder holds them (about 3 MB per 10,000
 * articles): reading them again from the store by pages as the report is
 * written cost more CPU than it saved memory (the README's "Round 12: reports
 * as a stream"). The renderers also take an async iterable, a pass each time
 * it is iterated, for a reader of the store that pays.
 */
export type ReportArticles = readonly ReportArticle[] | AsyncIterable<ReportArticle>;

export interface OutletKeyness {
  readonly outlet: string;
  /** `word` as the outlet's articles spell it most often (أميركية, not the normalized اميركية); `norm` is the key it was counted under. */
  readonly words: readonly (KeyWord & { readonly norm: string; readonly candidate: boolean })[];
}

export interface ReportSwap {
  readonly a: string;
  readonly b: string;
  readonly target: string;
  readonly aTerm: string;
  readonly aText: string;
  readonly bTerm: string;
  readonly bText: string;
  readonly aSentence: string;
  readonly bSentence: string;
}

export interface ReportEntry {
  readonly term: string;
  readonly target: string;
  readonly forms: readonly string[];
  readonly category: string;
  readonly valence: number;
  readonly gloss: string;
  readonly rationale: string;
  readonly counterparts: readonly string[];
}

/** One target's time series, with its label and the names its naming shares use (form, gloss, valence). */
export interface TargetTimeline extends Timeline {
  readonly label: string;
  readonly terms: readonly TermInfo[];
}

export interface FramingReport {
  readonly title: string;
  readonly generated: string;
  readonly lexicon: LexiconSummary;
  readonly filter: CorpusFilter;
  readonly articles: ReportArticles;
  readonly outlets: readonly OutletScore[];
  readonly targets: readonly TargetCharts[];
  readonly keyness: readonly OutletKeyness[];
  /** Framing over time per target (only targets with dated articles); null when no article is dated precisely enough. */
  readonly time: { readonly interval: Interval; readonly from: "store" | "memory"; readonly timelines: readonly TargetTimeline[] } | null;
  /** Phrases around each target's names that no entry covers yet, ranked per outlet by lib/discovery. */
  readonly candidates: readonly TargetCandidates[];
  readonly kwic: readonly { readonly term: string; readonly form: string; readonly gloss: string; readonly target: string; readonly outlet: string; readonly lines: readonly Passage[] }[];
  readonly swaps: readonly ReportSwap[];
  /** Why swaps were not searched for, when they were not (too many articles to compare pairwise). */
  readonly swapsSkipped: string | null;
  readonly entries: readonly ReportEntry[];
}

export interface ReportOptions {
  readonly title?: string;
  /** ISO time of generation, given by the caller (stages read no clock). */
  readonly generated: string;
  readonly keyWords?: number;
  readonly kwicPerOutlet?: number;
  /** At most this many article pairs are diffed to find swaps between articles on the same story. */
  readonly maxStoryPairs?: number;
  /** Same-story pairs are looked for only in selections of at most this many articles (the search compares every pair). */
  readonly maxStoryArticles?: number;
  /** The time section's periods (default month). */
  readonly interval?: Interval;
  /** The time series the store computed (`store.timeline`, by target); without them they are summed from `results` in memory (the same numbers). */
  readonly timelines?: ReadonlyMap<string, Timeline>;
  /** The caller passes the store's time series to `finish`: the builder does not sum them in memory. */
  readonly timelinesFromStore?: boolean;
  /** Discovery candidates per outlet and target. */
  readonly candidatesPerOutlet?: number;
  /** The candidates a reviewer rejected for a target (the review file's): never listed. */
  readonly rejected?: (target: string) => ReadonlySet<string>;
}

/** Every normalized word of the lexicon's forms, with and without the article: words that are not "candidates". */
function lexiconVocabulary(engine: Engine): Set<string> {
  const vocabulary = new Set<string>();
  for (const e of engine.lexicon.lexicon.entries) {
    for (const f of e.forms) {
      for (const w of phraseWords(f)) {
        vocabulary.add(w);
        vocabulary.add(w.startsWith(ARTICLE) ? w.slice(2) : ARTICLE + w);
      }
    }
  }
  return vocabulary;
}

/** The spelling seen most often (ties: the first seen), so a key word is shown as written, not normalized. */
function mostFrequent(seen: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of seen ?? []) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** Word counts per outlet and the spellings of every normalized word, summed one article at a time: what grows is the vocabulary, not the corpus. */
class KeynessCounts {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly spellings = new Map<string, Map<string, number>>();

  add(article: ArticleResult["article"]): void {
    const words = tokenize(article.body).filter((t) => t.isWord);
    const into = this.counts.get(article.outlet) ?? new Map<string, number>();
    this.counts.set(article.outlet, wordCounts(words.map((t) => t.norm), into));
    for (const t of words) {
      const seen = this.spellings.get(t.norm) ?? new Map<string, number>();
      this.spellings.set(t.norm, seen);
      const text = article.body.slice(t.start, t.end);
      seen.set(text, (seen.get(text) ?? 0) + 1);
    }
  }

  outlets(engine: Engine, top: number): OutletKeyness[] {
    const { counts, spellings } = this;
    if (counts.size < 2) return [];
    const vocabulary = lexiconVocabulary(engine);
    return [...counts.keys()].sort().map((outlet) => {
      const reference = new Map<string, number>();
      for (const [other, c] of counts) if (other !== outlet) for (const [w, n] of c) reference.set(w, (reference.get(w) ?? 0) + n);
      const words = keyness(counts.get(outlet)!, reference, 2)
        .filter((k) => k.g2 > 0)
        .slice(0, top)
        .map((k) => ({ ...k, word: mostFrequent(spellings.get(k.word)) ?? k.word, norm: k.word, candidate: !vocabulary.has(k.word) }));
      return { outlet, words };
    });
  }
}

function storySwaps(results: readonly ArticleResult[], max: number): ReportSwap[] {
  const swaps: ReportSwap[] = [];
  for (const [i, j] of storyPairs(results, max)) {
    const a = results[i]!;
    const b = results[j]!;
    const diff = diffTexts({ text: a.article.body, analysis: a.analysis }, { text: b.article.body, analysis: b.analysis });
    const strong = diff.pairs.filter((p) => p.a !== null && p.b !== null && p.similarity >= 0.5).length;
    if (strong < 2) continue;
    const sentence = (r: ArticleResult, k: number | null) => {
      const s = k === null ? undefined : r.analysis.sentences[k];
      return s ? r.article.body.slice(s.start, s.end) : "";
    };
    for (const s of diff.swaps) {
      const p = diff.pairs[s.pair]!;
      swaps.push({
        a: a.article.id,
        b: b.article.id,
        target: s.target,
        aTerm: s.a.term,
        aText: s.a.text,
        bTerm: s.b.term,
        bText: s.b.text,
        aSentence: sentence(a, p.a),
        bSentence: sentence(b, p.b),
      });
    }
  }
  return swaps;
}

type KwicLines = FramingReport["kwic"][number];

/**
 * The framing report built one analysed article at a time: `add` each article
 * of the selection (in corpus order), then `finish`. It keeps outlet sums,
 * word counts, the passages a report shows (the first per term and outlet),
 * the candidates' counts, a small row per article, and the full articles only
 * while there are at most `maxStoryArticles` of them (same-story pairs compare
 * them whole). The file report, the store report and the web use it.
 */
export class ReportBuilder {
  private readonly tallies: OutletTallies;
  private readonly keynessCounts = new KeynessCounts();
  private readonly candidates: ReportCandidates;
  private readonly timelineSums: TimelineSums | undefined;
  /** The rows of the articles added. */
  private readonly articles: ReportArticle[] = [];
  private added = 0;
  private readonly used = new Set<string>();
  /** Term → outlet → the first passages of the term in the outlet. */
  private readonly passages = new Map<string, Map<string, Passage[]>>();
  private stories: ArticleResult[] | null = [];
  private readonly storyLimit: number;
  private readonly kwicLimit: number;

  constructor(
    private readonly engine: Engine,
    private readonly filter: CorpusFilter,
    private readonly options: ReportOptions,
  ) {
    const score = { voice: filter.voice, resolved: filter.resolved };
    this.tallies = new OutletTallies(engine, score);
    const mined = filter.targets.length > 0 ? filter.targets : [...engine.lexicon.targets.keys()];
    this.candidates = new ReportCandidates(engine, mined, { top: options.candidatesPerOutlet ?? 5, rejected: options.rejected });
    this.timelineSums = options.timelinesFromStore ? undefined : new TimelineSums(engine, options.interval ?? "month", score);
    this.storyLimit = options.maxStoryArticles ?? 400;
    this.kwicLimit = options.kwicPerOutlet ?? 5;
  }

  /** Articles added so far. */
  get size(): number {
    return this.added;
  }

  add(result: ArticleResult): void {
    const { article, analysis } = result;
    this.added++;
    this.articles.push({ id: article.id, outlet: article.outlet, title: article.title, date: article.date, words: analysis.words });
    this.tallies.add(article.outlet, article.outlet_en, analysis);
    this.keynessCounts.add(article);
    this.candidates.add(result);
    this.timelineSums?.add(result);
    this.addPassages(result);
    this.stories?.push(result);
    if (this.stories && this.stories.length > this.storyLimit) this.stories = null;
  }

  private addPassages({ article, analysis }: ArticleResult): void {
    for (const m of analysis.matches) {
      this.used.add(m.term);
      if (this.filter.voice === "own" && m.voice !== "author") continue;
      const outlets = this.passages.get(m.term) ?? new Map<string, Passage[]>();
      this.passages.set(m.term, outlets);
      const lines = outlets.get(article.outlet) ?? [];
      outlets.set(article.outlet, lines);
      if (lines.length < this.kwicLimit) lines.push(passageAt(article, analysis.sentences[m.sentence]!, m));
    }
  }

  /** The targets the report has a section for: those its articles mention, within the filter's. */
  targetIds(): string[] {
    return targetCharts(this.engine.lexicon, this.tallies.scores(), this.filter.targets).map((t) => t.target);
  }

  /** The report; `timelines` are the store's time series by target (else those summed in memory). */
  finish(timelines?: ReadonlyMap<string, Timeline>): FramingReport {
    const { engine, filter, options } = this;
    const outlets = this.tallies.scores();
    const lexicon = engine.lexicon.lexicon;
    const entries = lexicon.entries.filter((e) => this.used.has(e.id) && (filter.targets.length === 0 || filter.targets.includes(e.target)));
    const kwic = entries.flatMap((e) =>
      outlets
        .map((o): KwicLines => ({ term: e.id, form: e.forms[0]!, gloss: e.gloss, target: e.target, outlet: o.outlet, lines: this.passages.get(e.id)?.get(o.outlet) ?? [] }))
        .filter((k) => k.lines.length > 0),
    );
    const targets = targetCharts(engine.lexicon, outlets, filter.targets);
    const targetIds = targets.map((t) => t.target);
    const count = this.added;
    return {
      title: options.title ?? "Framing report",
      generated: options.generated,
      lexicon: lexiconSummary(lexicon),
      filter,
      articles: this.articles,
      outlets,
      targets,
      keyness: this.keynessCounts.outlets(engine, options.keyWords ?? 15),
      time: this.timeSection(targetIds, timelines),
      candidates: this.candidates.candidates(targetIds),
      kwic,
      swaps: this.stories ? storySwaps(this.stories, options.maxStoryPairs ?? 30) : [],
      swapsSkipped: this.stories ? null : `${count} articles: same-story pairs are searched for in selections of at most ${this.storyLimit}; narrow the filters`,
      entries: entries.map((e) => ({
        term: e.id,
        target: e.target,
        forms: e.forms,
        category: e.category,
        valence: e.valence,
        gloss: e.gloss,
        rationale: e.rationale,
        counterparts: e.counterparts,
      })),
    };
  }

  private timeSection(targets: readonly string[], stored: ReadonlyMap<string, Timeline> | undefined): FramingReport["time"] {
    const { engine, timelineSums } = this;
    const interval = this.options.interval ?? "month";
    const timelines = targets
      .flatMap((target) => {
        const t = stored?.get(target) ?? timelineSums?.timeline(target);
        return t ? [t] : [];
      })
      .filter((t) => t.series.some((s) => s.points.length > 0))
      .map((t) => {
        const terms = [...new Set(t.series.flatMap((s) => s.points.flatMap((p) => p.naming.map((n) => n.term))))];
        return { ...t, label: engine.lexicon.targets.get(t.target)?.label ?? t.target, terms: terms.map((term) => termInfo(engine.lexicon, term)) };
      });
    return timelines.length > 0 ? { interval, from: stored ? "store" : "memory", timelines } : null;
  }
}

/** The report of analysed articles at hand (`ReportBuilder`). */
export function buildReport(engine: Engine, results: readonly ArticleResult[], filter: CorpusFilter, options: ReportOptions): FramingReport {
  const builder = new ReportBuilder(engine, filter, { ...options, timelinesFromStore: options.timelinesFromStore ?? options.timelines !== undefined });
  for (const r of results) builder.add(r);
  return builder.finish(options.timelines);
}
