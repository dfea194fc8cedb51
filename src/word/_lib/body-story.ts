import { unwrapped } from "../../docx/wrappers";
import { parseXml, type XmlElement, type XmlNode } from "../../docx/xml";
import type { DocumentSnapshot, SnapshotParagraph, SnapshotTable } from "../../engine";
import type { ReadIssue } from "../port";
import { bareText } from "./same-text";

/**
 * What the main story's OOXML (`body.getOoxml()`) says that Word's collections may not: read by
 * the same .docx reader as the CLI. Word's documentation is silent on whether `paragraph.text`
 * holds hidden text (`w:vanish`) and whether `body.paragraphs` and `body.tables` reach into text
 * boxes; the OOXML shows both, so the read can be made to agree with the reader under either.
 */
export interface BodyStory {
  /** The body's own paragraphs (outside tables and text boxes), in order, as the reader reads them. */
  readonly paragraphs: readonly StoryParagraph[];
  /** Every table the reader reads at the top: the body's (`t`) and the text boxes' (`box`), in its order. */
  readonly tables: readonly StoryTable[];
}

export interface StoryParagraph {
  readonly text: string;
  /** Its markup can hide text (`w:vanish`, a character style, a paragraph style that hides). */
  readonly mayHide: boolean;
}

export interface StoryTable {
  readonly block: SnapshotTable;
  readonly inTextBox: boolean;
  /** How many of the body's paragraphs and tables the reader read before it: where it belongs. */
  readonly paragraphsBefore: number;
  readonly tablesBefore: number;
}

const BLOCKS = new Set(["w:p", "w:tbl"]);
/** What a paragraph's own text does not come from: its text boxes and drawings. */
const NOT_OWN = new Set(["w:drawing", "w:pict", "w:object", "w:txbxContent"]);

/** The story as the reader reads it, or null when the package cannot be read. */
export function readBodyStory(ooxml: string, parse: (xml: string) => DocumentSnapshot): BodyStory | null {
  let snapshot: DocumentSnapshot;
  let hides: boolean[];
  try {
    snapshot = parse(ooxml);
    hides = paragraphsThatMayHide(ooxml);
  } catch {
    return null;
  }
  const paragraphs: StoryParagraph[] = [];
  const tables: StoryTable[] = [];
  let bodyTables = 0;
  for (const block of snapshot.blocks) {
    if (block.kind === "paragraph") {
      paragraphs.push({ text: (block as SnapshotParagraph).text, mayHide: hides[paragraphs.length] ?? true });
      continue;
    }
    const inTextBox = typeof block.ref.box === "number";
    tables.push({ block, inTextBox, paragraphsBefore: paragraphs.length, tablesBefore: bodyTables });
    if (!inTextBox) bodyTables++;
  }
  // the reader and this scan must see the same paragraphs; if not, trust no paragraph's text
  if (hides.length !== paragraphs.length)
    paragraphs.forEach((p, i) => (paragraphs[i] = { ...p, mayHide: true }));
  return { paragraphs, tables };
}

/** For each of the body's own paragraphs, whether its markup can hide some of its text. */
function paragraphsThatMayHide(ooxml: string): boolean[] {
  const root = parseXml(ooxml);
  const body = find(root, "w:body");
  if (!body) return [];
  const stylesHide = /<w:vanish\b/.test(stylesPart(ooxml));
  return unwrapped(body.children, BLOCKS)
    .filter((e) => e.name === "w:p")
    .map((p) =>
      has(p, (e) => e.name === "w:vanish" || e.name === "w:rStyle" || (stylesHide && e.name === "w:pStyle")),
    );
}

/** The styles part of a flat-OPC package ("" when it has none). */
function stylesPart(ooxml: string): string {
  const at = ooxml.indexOf('pkg:name="/word/styles.xml"');
  if (at < 0) return "";
  const end = ooxml.indexOf("</pkg:part>", at);
  return ooxml.slice(at, end < 0 ? undefined : end);
}

function find(element: XmlElement, name: string): XmlElement | undefined {
  if (element.name === name) return element;
  for (const node of element.children) {
    if (typeof node === "string") continue;
    const found = find(node, name);
    if (found) return found;
  }
  return undefined;
}

/** Whether an element's own content (text boxes and drawings aside) holds an element that `test` accepts. */
function has(element: XmlElement, test: (e: XmlElement) => boolean): boolean {
  return element.children.some(
    (node: XmlNode) => typeof node !== "string" && !NOT_OWN.has(node.name) && (test(node) || has(node, test)),
  );
}

/**
 * Which of Word's top-level tables (by their `values`, in Word's order) are a text box's, and
 * the text boxes' tables Word does not list. Word lists either the body's tables alone (as its
 * documentation of `body` reads: "excludes … textboxes") or these and the text boxes' in the
 * reader's order; each listed one must show the reader's text, or nothing is assumed and the
 * mismatch is reported.
 */
export function textBoxTables(
  story: BodyStory | null,
  values: readonly (readonly (readonly string[])[])[],
): { listed: (SnapshotTable | undefined)[]; unlisted: StoryTable[]; unchecked: boolean } {
  const none = { listed: [], unlisted: [], unchecked: false };
  const boxes = story?.tables.filter((t) => t.inTextBox) ?? [];
  if (!story || !boxes.length) return none;
  if (values.length === story.tables.length - boxes.length) return { ...none, unlisted: boxes };
  const lined =
    values.length === story.tables.length && story.tables.every((t, k) => sameTexts(values[k], t.block));
  if (!lined) return { ...none, unchecked: true };
  return { ...none, listed: story.tables.map((t) => (t.inTextBox ? t.block : undefined)) };
}

/** Whether Word's `values` show the texts the reader read in a table (merges make repeats: a set). */
function sameTexts(values: readonly (readonly string[])[], block: SnapshotTable): boolean {
  const texts = (all: readonly string[]) => [...new Set(all.map(bareText).filter(Boolean))].sort();
  return texts(values.flat()).join("\u0000") === texts(block.cells.map((c) => c.text)).join("\u0000");
}

/**
 * The reader's text of Word's body paragraphs whose markup can hide text (by index in
 * `body.paragraphs`): Word's `text` may include hidden text, the reader's does not. When Word's
 * paragraphs and the story's do not line up (Word may count a text box's paragraphs among the
 * body's), nothing is taken and the mismatch is reported.
 */
export function shownText(
  story: BodyStory | null,
  inBody: readonly number[],
  issues: ReadIssue[],
): Map<number, string> {
  const shown = new Map<number, string>();
  if (!story) return shown;
  if (story.paragraphs.length !== inBody.length) {
    issues.push({ kind: "story", unchecked: "paragraphs", code: "Mismatch" });
    return shown;
  }
  story.paragraphs.forEach((p, k) => p.mayHide && shown.set(inBody[k], p.text));
  return shown;
}
