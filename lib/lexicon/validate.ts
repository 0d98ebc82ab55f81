import { ARTICLE, hasArticle } from "../arabic/clitics";
import { isArabicLetter } from "../arabic/chars";
import { phraseWords } from "../arabic/phrases";
import type { Lexicon } from "./schema";
import type { Problem } from "./problems";

export interface LexiconProblem extends Problem {
  readonly severity: "error" | "warning";
}

const entryWhere = (id: string) => `entry "${id}"`;

/** Keys a form is found under: itself, and with the article when written without it. */
export function formKeys(form: string): string[] {
  const words = phraseWords(form);
  if (words.length === 0) return [];
  const key = words.join(" ");
  return hasArticle(words[0]!) ? [key] : [key, [ARTICLE + words[0], ...words.slice(1)].join(" ")];
}

function checkIds(lexicon: Lexicon): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const seenTargets = new Set<string>();
  for (const t of lexicon.targets) {
    if (seenTargets.has(t.id)) problems.push({ severity: "error", where: `target "${t.id}"`, message: "duplicate target id" });
    seenTargets.add(t.id);
  }
  for (const t of lexicon.targets) {
    for (const r of t.relations) {
      if (!seenTargets.has(r.target)) problems.push({ severity: "error", where: `target "${t.id}"`, message: `relation ${r.type} → "${r.target}": no such target` });
    }
    for (const c of t.resolves_to) {
      if (!seenTargets.has(c)) problems.push({ severity: "error", where: `target "${t.id}"`, message: `resolves_to "${c}": no such target` });
    }
    if (t.resolves_to.length > 0 && t.kind !== "label") {
      problems.push({ severity: "error", where: `target "${t.id}"`, message: "resolves_to is only for side-switching labels (kind: label)" });
    }
  }
  const seen = new Set<string>();
  for (const e of lexicon.entries) {
    if (seen.has(e.id)) problems.push({ severity: "error", where: entryWhere(e.id), message: "duplicate id" });
    seen.add(e.id);
    if (!seenTargets.has(e.target)) {
      problems.push({ severity: "error", where: entryWhere(e.id), message: `target "${e.target}" is not defined in targets` });
    }
    for (const t of e.era_targets ?? []) {
      const target = lexicon.targets.find((x) => x.id === t);
      if (!target) problems.push({ severity: "error", where: entryWhere(e.id), message: `era target "${t}" is not defined in targets` });
      else if (!target.period) problems.push({ severity: "warning", where: entryWhere(e.id), message: `era target "${t}" has no period: only an article naming it chooses it` });
    }
  }
  return problems;
}

function checkCounterparts(lexicon: Lexicon): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const byId = new Map(lexicon.entries.map((e) => [e.id, e]));
  for (const e of lexicon.entries) {
    for (const a of e.not_mentions ?? []) {
      if (!byId.has(a)) problems.push({ severity: "error", where: entryWhere(e.id), message: `not_mentions "${a}", which does not exist` });
    }
    for (const a of e.absorbs) {
      if (!byId.has(a)) problems.push({ severity: "error", where: entryWhere(e.id), message: `absorbs "${a}", which does not exist` });
    }
    for (const c of e.counterparts) {
      const other = byId.get(c);
      if (c === e.id) problems.push({ severity: "error", where: entryWhere(e.id), message: "lists itself as a counterpart" });
      else if (!other) problems.push({ severity: "error", where: entryWhere(e.id), message: `counterpart "${c}" does not exist (dangling counterpart)` });
      else if (!other.counterparts.includes(e.id)) {
        problems.push({ severity: "warning", where: entryWhere(e.id), message: `counterpart "${c}" does not link back` });
      }
    }
  }
  return problems;
}

function formProblem(form: string): string | undefined {
  const words = phraseWords(form);
  if (words.length === 0) return `form "${form}" is empty once normalized`;
  for (const ch of words.join("")) {
    const c = ch.charCodeAt(0);
    if (!isArabicLetter(c) && !(ch >= "0" && ch <= "9")) return `form "${form}" has a character that is not an Arabic letter or digit: "${ch}"`;
  }
  if (words.some((w) => w.length < 2)) return `form "${form}" has a one-letter word, which would match clitics`;
  return undefined;
}

function checkForms(lexicon: Lexicon): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const owner = new Map<string, { entry: string; form: string }>();
  for (const e of lexicon.entries) {
    for (const form of e.forms) {
      const bad = formProblem(form);
      if (bad) {
        problems.push({ severity: "error", where: entryWhere(e.id), message: bad });
        continue;
      }
      for (const key of formKeys(form)) {
        const prior = owner.get(key);
        if (prior && !(prior.entry === e.id && prior.form === form)) {
          const whose = prior.entry === e.id ? "another form of the same entry" : `form "${prior.form}" of entry "${prior.entry}"`;
          problems.push({ severity: "error", where: entryWhere(e.id), message: `form "${form}" normalizes to ${whose} ("${key}")` });
        } else {
          owner.set(key, { entry: e.id, form });
        }
      }
    }
  }
  return problems;
}

interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  /** The loaded phrase that ends here, if any. */
  phrase?: { readonly entry: string; readonly target: string; readonly naming: boolean; readonly words: number };
}

/** Every loaded (valence ≠ 0) multi-word key, in a trie of words. */
function loadedPhraseTrie(lexicon: Lexicon): PhraseNode {
  const root: PhraseNode = { next: new Map() };
  for (const e of lexicon.entries) {
    if (e.valence === 0) continue;
    for (const f of e.forms) {
      for (const key of formKeys(f)) {
        const words = key.split(" ");
        if (words.length < 2) continue;
        let node = root;
        for (const w of words) node = node.next.get(w) ?? node.next.set(w, { next: new Map() }).get(w)!;
        node.phrase = { entry: e.id, target: e.target, naming: e.naming, words: words.length };
      }
    }
  }
  return root;
}

/**
 * A phrase that contains another target's loaded phrase hides it: longest
 * match wins, so "عدوان قوات حفتر" (the offensive) would leave "قوات حفتر"
 * (the LNA) uncounted. A warning, not an error: a name inside a phrase
 * (حفتر in قوات حفتر) or a generic word (ميليشيات) is meant to be absorbed,
 * and an entry lists in `absorbs` the phrases it contains on purpose.
 * Each form's words are walked through a trie of the loaded phrases from
 * every start, so the cost is the form's length times the depth the trie
 * follows, not every sub-phrase of the form joined and looked up (cubic:
 * a 2,000-word form took minutes).
 */
function checkSwallowed(lexicon: Lexicon): LexiconProblem[] {
  const trie = loadedPhraseTrie(lexicon);
  const kinds = new Map(lexicon.targets.map((t) => [t.id, t.kind]));
  // an actor's naming after the head of a phrase is found nested inside it (lib/constructions/layers.ts)
  const nested = (inner: { target: string; naming: boolean }, from: number) =>
    inner.naming && from > 0 && ["person", "camp", "state", "event"].includes(kinds.get(inner.target) ?? "generic");
  const problems: LexiconProblem[] = [];
  for (const e of lexicon.entries) {
    for (const form of e.forms) {
      const words = phraseWords(form);
      for (let from = 0; from < words.length; from++) {
        let node: PhraseNode | undefined = trie;
        for (let to = from; to < words.length && node; to++) {
          node = node.next.get(words[to]!);
          const inner = node?.phrase;
          if (!inner || inner.words === words.length || inner.target === e.target || e.absorbs.includes(inner.entry) || nested(inner, from)) continue;
          problems.push({
            severity: "warning",
            where: entryWhere(e.id),
            message: `form "${form}" (${e.target}) hides "${words.slice(from, to + 1).join(" ")}" of entry "${inner.entry}" (${inner.target}): the longest match wins`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * The size the engine is measured for (README, Limits): a 50,000-entry
 * lexicon still works, but compiles and matches several times slower and
 * takes hundreds of MB, which a curated lexicon of a few thousand terms never needs.
 */
export const LARGE_LEXICON_FORMS = 20_000;

function checkSize(lexicon: Lexicon): LexiconProblem[] {
  const forms = lexicon.entries.reduce((sum, e) => sum + e.forms.length, 0);
  if (forms <= LARGE_LEXICON_FORMS) return [];
  const message = `${forms.toLocaleString("en")} forms in ${lexicon.entries.length.toLocaleString("en")} entries: above ${LARGE_LEXICON_FORMS.toLocaleString("en")} forms, loading and analysis slow down and memory grows (README, Limits)`;
  return [{ severity: "warning", where: "lexicon", message }];
}

/** Every problem of a lexicon that has the right shape: errors refuse it, warnings are reported. */
export function checkLexicon(lexicon: Lexicon): LexiconProblem[] {
  return [...checkSize(lexicon), ...checkIds(lexicon), ...checkCounterparts(lexicon), ...checkForms(lexicon), ...checkSwallowed(lexicon)];
}
