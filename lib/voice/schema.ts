import { z } from "zod";
import cuesData from "./cues.json";

import { VOICES } from "./voices";

export { VOICES, type Voice } from "./voices";
export const VoiceSchema = z.enum(VOICES);

const word = z.string().trim().min(1);

export const VoiceCuesSchema = z.object({
  quotes: z.array(z.object({ open: z.string().length(1), close: z.string().length(1) })).min(1),
  reporting: z.array(word).min(1),
  according: z.array(word).min(1),
  /** Words after «وفق/حسب» that make it «in accordance with» a rule or a document (وفق الاتفاق، وفقا للقانون), not «according to» a source. */
  notAccordingBefore: z.array(word).default([]),
  complementizers: z.array(word).min(1),
  notComplementizerAfter: z.array(word),
  /** Words before a reporting verb that carry the last sentence's subject over (كما اتهم…): the words after the verb are then its object, not a speaker. */
  subjectCarriedAfter: z.array(word).default([]),
  /**
   * Reporting verbs that take their object before «بأن…» (وصف المصدر حكومة الوفاق بأنها…): between the verb and
   * «بأن» the subject, the speaker, comes first and the object described, in the speaker's words, after it.
   */
  describingVerbs: z.array(word).default([]),
  /**
   * Verbs that report only when one of `with` follows in their clause (before the next comma): «ورد المصدر بأن…»
   * (a reply), but «ردت القوات على الهجوم» is no report; «حمّل المجلس حفتر المسؤولية» (blaming: the accused is the
   * object), but «يحمل السلاح» is not. With a complementizer the report is what follows it; with another word it is
   * the verb's object, as after any reporting verb without a complementizer.
   */
  reportingOnlyWith: z.array(z.object({ verbs: z.array(word).min(1), with: z.array(word).min(1) })).default([]),
  /**
   * Reporting words whose subject comes before them (a participle after the sentence's subject: «…، متهمين حكومة
   * الوفاق…»; «ما وصفه بـ…»): the words right after them are the object, in the subject's words, never a speaker.
   */
  subjectBefore: z.array(word).default([]),
  /**
   * Words that end a report without a complementizer, where the outlet's own clause resumes (أعلنت المؤسسة حالة القوة
   * القاهرة بعد أن أغلقتها مجموعات…): a time clause is the outlet's narrative, not what was announced.
   */
  reportEndsBefore: z.array(word).default([]),
  /**
   * Words that open a speaker's description right after a reporting verb (وأعلن المتحدث باسم الجيش…، ووصف وزير العدل
   * بحكومة الوفاق…): a naming starting within `speakerWindow` words after them is the speaker's, in the outlet's words,
   * and so is one after a `speakerLinkers` word right after it (رئاسة الأركان التابعة لحكومة الوحدة). Not after «كما»,
   * whose subject is carried over (كما تتهم رئيس الحكومة…: the title is the object's).
   */
  speakerTitles: z.array(word).default([]),
  speakerWindow: z.number().int().min(0).max(6).default(0),
  speakerLinkers: z.array(word).default([]),
});
export type VoiceCues = z.infer<typeof VoiceCuesSchema>;

/** The bundled cue lists, checked (the engine reads the same lists without zod: ./default-cues.ts). */
export const parseDefaultCues = (): VoiceCues => VoiceCuesSchema.parse(cuesData);
