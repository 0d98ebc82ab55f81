import { z } from "zod";

/** Shared by the route handlers: body limits, zod parsing, and JSON errors a client can act on. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_TEXTS = 12;

const text = z.string().refine((s) => s.trim().length > 0, "empty text");

export const TextInputSchema = z.object({
  text,
  outlet: z.string().trim().min(1).max(200).optional(),
  title: z.string().trim().max(500).optional(),
  id: z.string().trim().max(200).optional(),
});
export type TextInput = z.infer<typeof TextInputSchema>;

const AnalyzeManySchema = z.object({ texts: z.array(TextInputSchema).min(1).max(MAX_TEXTS), voice: z.enum(["all", "own"]).default("all") });
const AnalyzeOneSchema = TextInputSchema.extend({ voice: z.enum(["all", "own"]).default("all") }).transform(({ voice, ...one }) => ({ texts: [one], voice }));

/** { texts: [...] } or one { text }: chosen by the body's shape, so errors name the field at fault (a union would only say "invalid"). */
export const analyzeBodySchema = (data: unknown) => (data && typeof data === "object" && "texts" in data ? AnalyzeManySchema : AnalyzeOneSchema);

export const CompareBodySchema = z.object({ texts: z.array(TextInputSchema).min(2, "give at least two texts").max(MAX_TEXTS) });
export const DiffBodySchema = z.object({ a: TextInputSchema, b: TextInputSchema });

/** A refused comparison (lib/work/align) as the JSON error the client reads. */
export const refusalResponse = (refused: { status: number; message: string }): Response => jsonError(refused.status, refused.message);

export function jsonError(status: number, error: string, issues?: { path: string; message: string }[]): Response {
  return Response.json({ error, ...(issues ? { issues } : {}) }, { status });
}

/**
 * The body's bytes, read from the stream and given up as soon as they pass
 * `limit`: a chunked upload (no Content-Length) is refused at the limit, not
 * read whole first, so memory never grows with what a client sends.
 */
export async function readLimited(request: Request, limit = MAX_BODY_BYTES): Promise<{ bytes: Uint8Array } | { tooLarge: number }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { tooLarge: declared };
  if (!request.body) return { bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: size };
    }
    chunks.push(value);
  }
  return { bytes: Buffer.concat(chunks, size) };
}

/** The body as parsed JSON checked by `schema`, or the 4xx response that says what is wrong. */
export async function readBody<T>(request: Request, schemaOf: z.ZodType<T> | ((data: unknown) => z.ZodType<T>)): Promise<{ body: T } | { error: Response }> {
  const read = await readLimited(request);
  if ("tooLarge" in read) return { error: jsonError(413, `body too large: at least ${read.tooLarge} bytes; the limit is ${MAX_BODY_BYTES}`) };
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    return { error: jsonError(400, "body is not valid UTF-8") };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { error: jsonError(400, "body is not valid JSON") };
  }
  const schema = typeof schemaOf === "function" ? schemaOf(data) : schemaOf;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return { error: jsonError(400, "invalid request body", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }))) };
  }
  return { body: parsed.data };
}

/** A pasted text as an article of its own: nothing is saved. */
export function pastedArticle(input: TextInput, index: number) {
  return {
    id: input.id || `text-${index + 1}`,
    path: `(pasted text ${index + 1})`,
    outlet: input.outlet || "unknown",
    outlet_en: null,
    title: input.title || input.text.trim().split("\n")[0]!.slice(0, 200),
    date: null,
    url: null,
    body: input.text,
    encoding: "utf-8",
    meta: {},
  };
}
