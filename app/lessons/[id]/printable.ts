import { classroom } from "@/app/classroom";
import { arabicFontBase64 } from "@/lib/io/fonts";
import { htmlToPdfShared, NoChromiumError } from "@/lib/io/pdf";
import { lessonMaterial } from "@/lib/lessons/material";
import { worksheetHtml } from "@/lib/lessons/worksheet";
import { jsonError } from "@/app/api/http";

/** A lesson's worksheet or answer key as a printable HTML page, or as PDF with ?format=pdf. */
export async function worksheetResponse(request: Request, id: string, answers: boolean): Promise<Response> {
  const { corpus, lessons } = await classroom();
  const lesson = lessons.find((l) => l.id === id);
  if (!lesson) return jsonError(404, `no lesson "${id}"`);
  const material = lessonMaterial(corpus, lesson);
  const html = worksheetHtml({ lesson, articles: material.articles, glossary: material.glossary, targets: material.targets, answers, fontBase64: arabicFontBase64() });
  if (new URL(request.url).searchParams.get("format") !== "pdf") return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
  const name = `${lesson.id}-${answers ? "answers" : "worksheet"}.pdf`;
  try {
    return new Response(new Uint8Array(await htmlToPdfShared(html)), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"` },
    });
  } catch (error) {
    if (error instanceof NoChromiumError) return jsonError(501, error.message);
    throw error;
  }
}
