/**
 * An extracted article's DOM → plain text that keeps its paragraphs: a blank
 * line between blocks, a line break for <br>, runs of spaces folded inside a
 * line. Works on any DOM (linkedom here), node types by number.
 */

const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

class ParagraphWriter {
  private readonly paragraphs: string[] = [];
  private current = "";

  text(t: string): void {
    this.current += t;
  }

  lineBreak(): void {
    this.current += "\n";
  }

  /** Ends the paragraph being written, if it has any text. */
  flush(): void {
    const lines = this.current
      .split("\n")
      .map((l) => l.replace(/[ \t\f\v\u00a0\u200b\r]+/g, " ").trim())
      .filter((l) => l !== "");
    if (lines.length > 0) this.paragraphs.push(lines.join("\n"));
    this.current = "";
  }

  result(): string {
    this.flush();
    return this.paragraphs.join("\n\n");
  }
}

function walk(node: Node, out: ParagraphWriter): void {
  if (node.nodeType === TEXT_NODE) {
    out.text((node.nodeValue ?? "").replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = (node as Element).tagName.toUpperCase();
  if (SKIPPED.has(name)) return;
  if (name === "BR") return out.lineBreak();
  const block = BLOCKS.has(name);
  if (block) out.flush();
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, out);
  if (block) out.flush();
}

export function textWithParagraphs(root: Node): string {
  const out = new ParagraphWriter();
  walk(root, out);
  return out.result();
}
