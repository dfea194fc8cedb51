import { escapeText } from "./xml-text";
import { child, parseTree, withoutElements, XmlEditError, type XmlNode } from "./xml-tree";
import { directWriter, type ParagraphWriter } from "./report-template";

/**
 * A paragraph format taken from a paragraph of the document itself (what Word's
 * `paragraph.getOoxml()` returns, a Flat OPC package): its paragraph properties and its first
 * run's format, applied to new text. This is how an inserted heading looks like the report's
 * own headings. Returns null when the package holds no paragraph.
 * `keepNumbering` keeps the paragraph's list numbering (`w:numPr`), for headings Word numbers.
 */
export function paragraphFormatOf(ooxml: string, keepNumbering: boolean): ((text: string) => string) | null {
  let tree: XmlNode;
  try {
    tree = parseTree(ooxml);
  } catch (error) {
    if (error instanceof XmlEditError) return null;
    throw error;
  }
  const p = findParagraph(tree);
  if (!p) return null;
  const pPr = child(p, "w:pPr");
  const props = pPr ? cleanPPr(ooxml, pPr, keepNumbering) : "";
  const firstRun = findRun(p);
  const rPr = child(firstRun, "w:rPr");
  const runProps = rPr ? withoutElements(ooxml, rPr, REVISIONS) : "";
  return (text) =>
    `<w:p>${props}<w:r>${runProps}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r></w:p>`;
}

/** A writer whose headings and body text copy the given paragraphs' formats (each falls back to 公文 direct formatting). */
export function writerFrom(
  heading: ((text: string) => string) | null,
  body: ((text: string) => string) | null,
): ParagraphWriter {
  return {
    heading: heading ?? directWriter.heading,
    body: body ?? directWriter.body,
  };
}

function findParagraph(node: XmlNode): XmlNode | undefined {
  if (node.name === "w:p") return node;
  if (node.name === "w:tbl") return undefined; // a heading is never inside a table
  for (const c of node.children) {
    const found = findParagraph(c);
    if (found) return found;
  }
  return undefined;
}

function findRun(node: XmlNode): XmlNode | undefined {
  for (const c of node.children) {
    if (c.name === "w:r" && c.children.some((x) => x.name === "w:t")) return c;
    if (c.name !== "w:pPr" && c.name !== "w:del") {
      const found = findRun(c);
      if (found) return found;
    }
  }
  return undefined;
}

/** Tracked-change records in properties. */
const REVISIONS = new Set(["w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange"]);

/** The paragraph properties without a section break, a revision record or (unless kept) numbering. */
function cleanPPr(xml: string, pPr: XmlNode, keepNumbering: boolean): string {
  const drop = new Set(["w:sectPr", "w:pPrChange", ...REVISIONS, ...(keepNumbering ? [] : ["w:numPr"])]);
  const kept = pPr.children.filter((c) => !drop.has(c.name)).map((c) => withoutElements(xml, c, REVISIONS));
  return `<w:pPr>${kept.join("")}</w:pPr>`;
}
