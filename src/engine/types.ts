/**
 * The contracts between hosts and the engine: what a host hands in (a `DocumentSnapshot`)
 * and what the engine hands back (a `CheckResult`). Nothing here knows Office, OOXML or Node.
 */

/**
 * An opaque pointer back into the host document. The engine never reads it (save the `line` it
 * adds itself, below); it only carries it from a snapshot cell or paragraph to the findings, so a
 * host can find the exact place again.
 * The .docx reader uses `{ p }` for a paragraph (index in Word's `body.paragraphs` order, which
 * counts paragraphs inside table cells too), `{ t }` for a top-level table (index in
 * `body.tables`) and `{ t, tr, tc }` for a cell (the physical `w:tr` / `w:tc` index, as Word's
 * `rowIndex` / `cellIndex` before any merge adjustment). Nested tables add `path`. A table in a
 * text box (not in `body.tables`) has `{ box }` instead of `{ t }`: its index among the tables
 * of the document's text boxes. A paragraph of a web page's layout table (read as the report's
 * content, see isLayoutTable) adds `layout`: that table's `t`. The engine reads each line of a
 * paragraph broken by manual line breaks as a paragraph, and adds `line` (1, 2, …) to the
 * paragraph's ref for its later lines.
 */
export type HostRef = Readonly<Record<string, number | string | readonly number[]>>;

/** One paragraph of body text, in document order. */
export interface SnapshotParagraph {
  readonly kind: "paragraph";
  /** The paragraph's own text, tracked insertions included and deletions excluded. */
  readonly text: string;
  /** Numbering Word generates in front of the text (automatic list numbering), e.g. "二、". */
  readonly listText?: string;
  /** The paragraph style's display name, e.g. "Heading 1" or "标题 2". */
  readonly style?: string;
  /** Outline level 0–8 from the paragraph or its style; absent for body text. */
  readonly outlineLevel?: number;
  /**
   * Pictures, drawings and embedded objects anchored in the paragraph (text boxes aside), when
   * the host counts them: a table pasted as a picture shows up here and nowhere else.
   */
  readonly pictures?: number;
  /**
   * Text boxes anchored in the paragraph that hold text of their own (their tables aside), when
   * the host counts them: a PDF turned into Word can leave every line of a report in one.
   */
  readonly textBoxes?: number;
  readonly ref: HostRef;
}

/**
 * One cell of a table, placed on the table's true grid. Only the cell that starts a merge is
 * listed: a cell merged over three columns has `colSpan` 3 and the two covered grid positions
 * have no cell of their own; a vertical merge is one cell with `rowSpan` > 1.
 */
export interface SnapshotCell {
  /** Grid row of the cell's top edge, 0-based. */
  readonly row: number;
  /** Grid column of the cell's left edge, 0-based. */
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** The cell's text; paragraphs inside the cell are joined with "\n". */
  readonly text: string;
  /** Tables nested inside this cell, in order. */
  readonly tables?: readonly SnapshotTable[];
  readonly ref: HostRef;
}

/** A table as a grid of cells with its merges resolved. */
export interface SnapshotTable {
  readonly kind: "table";
  readonly rowCount: number;
  readonly colCount: number;
  /** Origin cells only, row-major (by `row`, then `col`). */
  readonly cells: readonly SnapshotCell[];
  readonly ref: HostRef;
}

export type SnapshotBlock = SnapshotParagraph | SnapshotTable;

/** A document as the engine sees it: top-level paragraphs and tables in document order. */
export interface DocumentSnapshot {
  readonly blocks: readonly SnapshotBlock[];
}

/** Canonical keys, from the official format (format-2021.md). */
export type SectionKey = "s1" | "s2" | "s3" | "s4" | "s5" | "s6";
export type TableKey = "table2" | "table3" | "table4";
export type FormatId = "2021" | "2019";
export type Severity = "error" | "warning" | "info";

/** A template value cell: which table, which row key, which column key. */
export interface CellKey {
  readonly table: TableKey;
  readonly row: string;
  readonly column: string;
}

/**
 * What a value cell holds. Blank and placeholders are kept apart from numbers so that no rule
 * silently reads them as zero.
 */
export type CellValue =
  /** `unit`: the unit written after the figure ("件" of "12件"), which the cell should not hold. */
  | { readonly kind: "number"; readonly value: number; readonly unit?: string }
  | { readonly kind: "blank" }
  | { readonly kind: "placeholder"; readonly text: string }
  | { readonly kind: "text"; readonly text: string };

/** A template value cell bound to the document cell that holds it. */
export interface BoundCell {
  readonly key: CellKey;
  /** The document cell's raw text. */
  readonly text: string;
  readonly value: CellValue;
  readonly ref: HostRef;
}

/** A change a host can make to the document, as data. */
export type Fix =
  | {
      readonly op: "set-cell";
      readonly at: CellKey;
      readonly ref: HostRef;
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly op: "set-paragraph-prefix";
      readonly ref: HostRef;
      readonly from: string;
      readonly to: string;
    };

/**
 * The cell a broken sum most likely comes from: changing it to `value` makes every sum of its
 * table hold, and no other change of as few cells does.
 */
export interface Suspect extends CellKey {
  readonly value: number;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** The rule's message id; `message` and `messageEn` are rendered from it and `data`. */
  readonly messageId: string;
  readonly section: SectionKey | null;
  readonly table: TableKey | null;
  readonly row: string | null;
  readonly column: string | null;
  readonly expected: number | string | null;
  readonly actual: number | string | null;
  /** Every template cell that took part (for a sum: the total and its parts). */
  readonly cells: readonly CellKey[];
  readonly message: string;
  readonly messageEn: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** Where the finding sits in the document, when the engine knows. */
  readonly ref: HostRef | null;
  /** A safe fix the host may apply on request. */
  readonly fix?: Fix;
  /** Changes the user may choose between; none is known to be right. */
  readonly suggestions?: readonly Fix[];
  /** For a broken sum: the one cell whose change repairs every sum of the table (see `Suspect`). */
  readonly suspect?: Suspect;
}

export interface SectionResult {
  readonly key: SectionKey;
  readonly found: boolean;
  /** The heading as written in the document, or null. */
  readonly heading: string | null;
  readonly ref: HostRef | null;
}

export interface TableResult {
  readonly key: TableKey;
  readonly found: boolean;
  /** The format whose grid the table was bound to. */
  readonly format: FormatId | null;
  /** Template value cells bound to a document cell. */
  readonly bound: number;
  /** Template value cells of the table in the format it was bound to. */
  readonly expected: number;
  /** Host refs of the document tables the table was assembled from. */
  readonly parts: readonly HostRef[];
}

export interface CheckResult {
  /**
   * The format the report's tables follow; "mixed" when they follow different ones (each
   * table's format is in `tables`), "unknown" when no report table was found.
   */
  readonly format: FormatId | "mixed" | "unknown";
  /** The report year (the year the report covers), when it can be read. */
  readonly year: number | null;
  /** The reporting body (单位) as the title or the signature names it; null when none is named. */
  readonly agency?: string | null;
  readonly sections: readonly SectionResult[];
  readonly tables: readonly TableResult[];
  /** Every bound template value cell. */
  readonly cells: readonly BoundCell[];
  /** Sorted by document order (section, table, row, column), then rule id. */
  readonly findings: readonly Finding[];
}
