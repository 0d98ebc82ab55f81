import { notFound } from "next/navigation";
import { classroom } from "@/app/classroom";
import { lessonMaterial } from "@/lib/lessons/material";

/** The lesson of a route's [id], with its material, or the 404 page. */
export async function lessonOr404(id: string) {
  const { corpus, lessons } = await classroom();
  const lesson = lessons.find((l) => l.id === id);
  if (!lesson) notFound();
  return { corpus, lesson, material: lessonMaterial(corpus, lesson) };
}
