import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./paths";

/** The self-hosted Arabic font (Noto Naskh Arabic, @fontsource) as base64, to embed in reports; undefined if not installed. */
export function arabicFontBase64(): string | undefined {
  const file = path.join(projectRoot(), "node_modules", "@fontsource", "noto-naskh-arabic", "files", "noto-naskh-arabic-arabic-400-normal.woff2");
  try {
    return fs.readFileSync(file).toString("base64");
  } catch {
    return undefined;
  }
}
