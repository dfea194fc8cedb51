import type { ListNumbering } from "./numbering";
import { paragraphContent } from "./paragraph-text";
import { listLevel, outlineLevel, type ParagraphStyle, type StyleSheet } from "./styles";
import { child, childVal, type XmlElement } from "./xml";

/** What the reader learns about one paragraph: every field always present, so all have one shape. */
export interface ParagraphFacts {
  /** The paragraph's index in Word's `body.paragraphs` order. */
  readonly index: number;
  readonly text: string;
  readonly listText: string | undefined;
  readonly style: string | undefined;
  readonly outlineLevel: number | undefined;
  /** Drawings, pictures and embedded objects anchored in the paragraph, text boxes aside. */
  readonly pictures: number;
  /** Text boxes anchored in the paragraph with text of their own. */
  readonly textBoxes: number;
}

/**
 * Reads paragraphs in document order, every `w:p` of the body included (those in table cells
 * too), because both Word's paragraph index and list counters run across all of them.
 * The tables found in the paragraphs' text boxes are added to `textBoxTables`, for the caller
 * to read (with a reader of its own: text boxes are not in Word's `body.paragraphs`).
 */
export class ParagraphReader {
  private count = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly lists: ListNumbering,
    readonly textBoxTables: XmlElement[] = [],
  ) {}

  private readonly characterHides = (id: string | undefined): boolean => this.styles.hidesText(id);

  /** Reads the next paragraph. */
  read(paragraph: XmlElement): ParagraphFacts {
    const index = this.count++;
    const pPr = child(paragraph, "w:pPr");
    const style = this.styles.paragraphStyle(childVal(pPr, "w:pStyle"));
    const stated = outlineLevel(childVal(pPr, "w:outlineLvl"));
    const level = stated === undefined ? style?.outlineLevel : stated === 9 ? undefined : stated;
    const listText = this.listText(pPr, style);
    const { text, pictures, textBoxes, textBoxTables } = paragraphContent(paragraph, {
      paragraphHides: style?.hidden ?? false,
      characterHides: this.characterHides,
    });
    for (const table of textBoxTables) this.textBoxTables.push(table);
    return { index, text, listText, style: style?.name, outlineLevel: level, pictures, textBoxes };
  }

  /** Counts paragraphs that are not read (inside tables nested too deep to read). */
  skip(paragraphs: number): void {
    this.count += paragraphs;
  }

  /** Direct `w:numPr` wins over the style's; `w:numId` 0 takes the paragraph out of any list. */
  private listText(pPr: XmlElement | undefined, style: ParagraphStyle | undefined): string | undefined {
    const numPr = child(pPr, "w:numPr");
    const numId = childVal(numPr, "w:numId");
    const ilvl = listLevel(childVal(numPr, "w:ilvl"));
    if (numId !== undefined) return numId === "0" ? undefined : this.lists.next(numId, ilvl ?? 0, undefined);
    const fromStyle = style?.numbering;
    if (!fromStyle || fromStyle.numId === "0") return undefined;
    return this.lists.next(fromStyle.numId, ilvl ?? fromStyle.ilvl, fromStyle.styleId);
  }
}
