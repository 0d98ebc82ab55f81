import type { Lang } from "./lang";

/**
 * Labels of the store's pages (/corpus, /timeline, /corpus/passages) and of
 * their client components (upload, outlet editor), in English and Arabic.
 * Client components import this module themselves: functions cannot cross
 * from a server component to a client one as props.
 */
const en = {
  corpus: {
    title: "Corpus",
    counts: (articles: number, analysed: number, outlets: number, near: number, undated: number, embedded: boolean) =>
      `${articles} articles (${analysed} analysed${analysed < articles ? ", the rest in progress" : ""}), ${outlets} outlets, ${near} near-duplicates linked, ${undated} undated · stored in ${embedded ? "embedded PostgreSQL" : "a PostgreSQL server"}`,
    outlets: "Outlets",
    outlet: "Outlet",
    articles: "Articles",
    dates: "Dates",
    metadata: "Metadata",
    undated: "undated",
    perMonth: "Articles per month",
    problems: "Import problems",
    none: "None.",
  },
  upload: {
    title: "Add articles",
    outlet: "Outlet of every article (optional)",
    drop: "Drop CSV, JSONL, JSON, HTML or text files here, or",
    choose: "choose files",
    progress: "upload progress",
    failed: "the upload failed",
    result: (imported: number, duplicates: number, near: number) => `${imported} imported, ${duplicates} duplicate(s), ${near} near-duplicate(s)`,
    skipped: (n: number) => `${n} skipped`,
  },
  editor: {
    nameEn: "English name",
    country: "Country",
    group: "Group",
    save: "Save",
    saving: "saving…",
    saved: "saved",
    notSaved: (why: string) => `not saved: ${why}`,
  },
  timeline: {
    title: "Framing over time",
    target: "Target",
    interval: "Interval",
    intervals: { day: "day", week: "week", month: "month" },
    measure: "Measure",
    measures: { density: "mentions per 1,000 words", share: "share of articles mentioning the target" },
    outlets: "Outlets (comma-separated)",
    byGroup: "by outlet group",
    show: "Show",
    empty: "No dated, analysed article yet: add some on the corpus page.",
    naming: "Naming over time",
    outlet: "Outlet",
    period: "Period",
    articles: "Articles",
    mentions: "Mentions",
    density: "Per 1,000 words",
    share: "Share of articles",
    names: "Naming",
    topSeries: (shown: number, all: number) => `The ${shown} of ${all} series that mention the target most; name outlets above to choose others.`,
  },
  passages: {
    title: "Passages",
    count: (n: number, limit: number) => `${n} passage(s)${n >= limit ? ` (the first ${limit})` : ""}`,
    allOutlets: "all outlets",
    allTargets: "all targets",
  },
};

export type StoreDict = typeof en;

const ar: StoreDict = {
  corpus: {
    title: "المدوّنة",
    counts: (articles, analysed, outlets, near, undated, embedded) =>
      `${articles} مقالًا (حُلّل ${analysed}${analysed < articles ? "، والباقي قيد التحليل" : ""})، ${outlets} وسيلة، ${near} شبه مكرّر مربوط، ${undated} بلا تاريخ · محفوظة في ${embedded ? "PostgreSQL المدمج" : "خادم PostgreSQL"}`,
    outlets: "الوسائل",
    outlet: "الوسيلة",
    articles: "المقالات",
    dates: "التواريخ",
    metadata: "البيانات الوصفية",
    undated: "بلا تاريخ",
    perMonth: "المقالات في كل شهر",
    problems: "مشكلات الاستيراد",
    none: "لا شيء.",
  },
  upload: {
    title: "أضف مقالات",
    outlet: "وسيلة كل المقالات (اختياري)",
    drop: "أفلت هنا ملفات CSV أو JSONL أو JSON أو HTML أو نصوصًا، أو",
    choose: "اختر ملفات",
    progress: "تقدّم الرفع",
    failed: "فشل الرفع",
    result: (imported, duplicates, near) => `استُورد ${imported}، ${duplicates} مكرّر، ${near} شبه مكرّر`,
    skipped: (n) => `تُرك ${n}`,
  },
  editor: {
    nameEn: "الاسم بالإنجليزية",
    country: "البلد",
    group: "المجموعة",
    save: "احفظ",
    saving: "يجري الحفظ…",
    saved: "حُفظ",
    notSaved: (why) => `لم يُحفظ: ${why}`,
  },
  timeline: {
    title: "التأطير عبر الزمن",
    target: "الجهة",
    interval: "الفترة",
    intervals: { day: "يوم", week: "أسبوع", month: "شهر" },
    measure: "المقياس",
    measures: { density: "الإشارات لكل 1000 كلمة", share: "حصة المقالات التي تذكر الجهة" },
    outlets: "الوسائل (مفصولة بفواصل)",
    byGroup: "حسب مجموعة الوسائل",
    show: "اعرض",
    empty: "لا مقال مؤرّخًا ومحلّلًا بعد: أضف مقالات في صفحة المدوّنة.",
    naming: "التسمية عبر الزمن",
    outlet: "الوسيلة",
    period: "الفترة",
    articles: "المقالات",
    mentions: "الإشارات",
    density: "لكل 1000 كلمة",
    share: "حصة المقالات",
    names: "التسمية",
    topSeries: (shown, all) => `أكثر ${shown} سلاسل ذكرًا للجهة من أصل ${all}؛ اذكر وسائل في الأعلى لاختيار غيرها.`,
  },
  passages: {
    title: "المقاطع",
    count: (n, limit) => `${n} مقطع${n >= limit ? ` (أول ${limit})` : ""}`,
    allOutlets: "كل الوسائل",
    allTargets: "كل الجهات",
  },
};

const DICTS: Record<Lang, StoreDict> = { en, ar };

export const storeDict = (lang: Lang): StoreDict => DICTS[lang];
