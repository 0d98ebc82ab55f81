import type { Lang } from "./lang";

/** Labels of the discovery page (/discover) in English and Arabic. */
const en = {
  nav: "Discover",
  title: "Discover what the lexicon does not list",
  intro:
    "Per outlet, the phrases written right before or after a target's names (titles, force heads, epithets) that no lexicon entry covers yet, ranked by how much more this outlet uses them than the others (signed G²). Spelling variants are grouped; each is shown as written, with examples in context.",
  target: "Target",
  show: "Show",
  lexicon: (id: string, version: string, hash: string) => `Lexicon ${id}, version ${version} (${hash})`,
  sample: (perOutlet: number) => `Read from the store: each outlet's ${perOutlet} latest articles at most, so the page stays quick whatever the corpus.`,
  articles: (n: number, words: number) => `${n} article${n === 1 ? "" : "s"}, ${words} words`,
  none: "No candidate in this outlet (a phrase must occur at least twice).",
  before: "before the name",
  after: "after the name",
  spellings: "As written",
  count: "In outlet",
  elsewhere: "In others",
  g2: "G²",
  p: "p",
  examples: "In context",
  accept: "Accept…",
  acceptButton: "Add to the lexicon",
  reject: "Reject",
  phrase: "Phrase (as it should match)",
  category: "Category",
  valence: "Valence toward the target",
  gloss: "Gloss (English)",
  rationale: "Rationale: who uses it, what it does to the reader",
  off: "Reviewing is off on this server: candidates can be read but not accepted or rejected. Start the server with ADASA_REVIEW=1 to turn it on.",
  notFolder: "Reviewing needs the lexicon to be a folder (ADASA_LEXICON names a single file).",
  accepted: (phrase: string, entry: string, before: string, after: string) => `Accepted «${phrase}» as ${entry}: the lexicon's discovered part went from version ${before} to ${after}.`,
  rejected: (phrase: string) => `Rejected «${phrase}»: it will not be proposed again for this target.`,
  refused: "Nothing was written:",
};

export type DiscoverDict = typeof en;

const ar: DiscoverDict = {
  nav: "اكتشاف",
  title: "اكتشاف ما لا يضمّه المعجم",
  intro:
    "لكل وسيلة إعلام: العبارات المكتوبة قبل أسماء الطرف أو بعدها مباشرة (ألقاب، أسماء قوات، نعوت) التي لا يغطيها أي مدخل في المعجم بعد، مرتّبة بمقدار ما تستعملها هذه الوسيلة أكثر من غيرها (G² بإشارة). تُجمع صيغ الإملاء المختلفة، وتُعرض كل عبارة كما كُتبت مع أمثلة في سياقها.",
  target: "الطرف",
  show: "اعرض",
  lexicon: (id: string, version: string, hash: string) => `المعجم ${id}، الإصدار ${version} (${hash})`,
  sample: (perOutlet: number) => `من المخزن: أحدث ${perOutlet} مقالة لكل وسيلة على الأكثر، لتبقى الصفحة سريعة مهما كبرت المدوّنة.`,
  articles: (n: number, words: number) => `${n} من المقالات، ${words} كلمة`,
  none: "لا عبارة مرشّحة في هذه الوسيلة (يجب أن تتكرر العبارة مرتين على الأقل).",
  before: "قبل الاسم",
  after: "بعد الاسم",
  spellings: "كما كُتبت",
  count: "في الوسيلة",
  elsewhere: "في غيرها",
  g2: "G²",
  p: "p",
  examples: "في السياق",
  accept: "اقبل…",
  acceptButton: "أضفها إلى المعجم",
  reject: "ارفض",
  phrase: "العبارة (كما يجب أن تُطابَق)",
  category: "الفئة",
  valence: "الشحنة تجاه الطرف",
  gloss: "المعنى (بالإنجليزية)",
  rationale: "المسوّغ: من يستعملها وماذا تفعل بالقارئ",
  off: "المراجعة معطّلة على هذا الخادم: يمكن قراءة العبارات المرشّحة دون قبولها أو رفضها. شغّل الخادم مع ADASA_REVIEW=1 لتفعيلها.",
  notFolder: "تحتاج المراجعة إلى أن يكون المعجم مجلدًا (ADASA_LEXICON يسمّي ملفًا واحدًا).",
  accepted: (phrase: string, entry: string, before: string, after: string) => `قُبلت «${phrase}» بوصفها ${entry}: انتقل الجزء المكتشف من المعجم من الإصدار ${before} إلى ${after}.`,
  rejected: (phrase: string) => `رُفضت «${phrase}»: لن تُقترح مجددًا لهذا الطرف.`,
  refused: "لم يُكتب شيء:",
};

export const discoverDict = (lang: Lang): DiscoverDict => (lang === "ar" ? ar : en);
