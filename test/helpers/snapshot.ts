/**
 * Builders of snapshots for tests: paragraphs, tables in a compact notation, and the official
 * tables from the template's own grid with chosen values and damage.
 */
import {
  format2019,
  format2021,
  getTable,
  officialGrid,
  type FormatTemplate,
  type GridCell,
} from "../../src/template";
import type {
  DocumentSnapshot,
  SnapshotBlock,
  SnapshotCell,
  SnapshotParagraph,
  SnapshotTable,
  TableKey,
} from "../../src/engine";

let nextTable = 0;

export function para(text: string, extra: Partial<SnapshotParagraph> = {}): SnapshotParagraph {
  return { kind: "paragraph", text, ref: { p: 0 }, ...extra };
}

/** Cells from grid cells, with refs `{ t, tr, tc }` counted the way Word counts them. */
export function tableOf(
  cells: readonly Omit<SnapshotCell, "ref">[],
  rowCount: number,
  colCount: number,
): SnapshotTable {
  const t = nextTable++;
  const perRow = new Map<number, number>();
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    kind: "table",
    rowCount,
    colCount,
    cells: sorted.map((c) => {
      const tc = perRow.get(c.row) ?? 0;
      perRow.set(c.row, tc + 1);
      return { ...c, ref: { t, tr: c.row, tc } };
    }),
    ref: { t },
  };
}

/**
 * A table from rows of cell texts. A text ending in `>>n` spans n columns; a cell "^" is covered
 * by the cell above (vertical merge); every other cell spans one column.
 */
export function tableFromRows(rows: readonly (readonly string[])[]): SnapshotTable {
  const cells: (Omit<SnapshotCell, "ref"> & { rowSpan: number })[] = [];
  const above = new Map<number, Omit<SnapshotCell, "ref"> & { rowSpan: number }>();
  let width = 0;
  rows.forEach((row, r) => {
    let col = 0;
    for (const raw of row) {
      const m = /^(.*)>>(\d+)$/s.exec(raw);
      const text = m ? m[1] : raw;
      const span = m ? Number(m[2]) : 1;
      if (text === "^" && above.has(col)) {
        above.get(col)!.rowSpan++;
      } else {
        const cell = { row: r, col, rowSpan: 1, colSpan: span, text };
        cells.push(cell);
        above.set(col, cell);
      }
      col += span;
    }
    width = Math.max(width, col);
  });
  return tableOf(cells, rows.length, width);
}

export type Values = Readonly<Record<string, Readonly<Record<string, string | number>>>>;

export interface GridOptions {
  /** Texts of value cells by row key, then column key; absent cells hold "0". */
  readonly values?: Values;
  /** Rewrites a cell's label or value text; return null to delete the cell. */
  readonly edit?: (cell: GridCell) => string | null;
}

/** The official table of a format with the given values, as a document table. */
export function officialTable(
  key: TableKey,
  options: GridOptions = {},
  format: FormatTemplate = format2021,
): SnapshotTable {
  const grid = officialGrid(getTable(format, key));
  const cells = grid.cells.flatMap((c) => {
    const given = c.value ? options.values?.[c.value.row]?.[c.value.column] : undefined;
    const text = c.value ? String(given ?? "0") : c.text;
    const edited = options.edit ? options.edit({ ...c, text }) : text;
    return edited === null
      ? []
      : [{ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: edited }];
  });
  return tableOf(cells, grid.rowCount, grid.colCount);
}

export interface ReportOptions {
  readonly year?: number;
  readonly format?: FormatTemplate;
  readonly values?: Partial<Record<TableKey, Values>>;
  /** Replaces blocks: return the blocks to put for a section (heading included). */
  readonly section?: (key: string, blocks: SnapshotBlock[]) => SnapshotBlock[];
  readonly tables?: Partial<Record<TableKey, SnapshotTable | null>>;
}

/** A complete, clean report: title, six headings with text, the three tables. */
const EXTRA: Readonly<Record<string, string>> = {
  s1: "政务公开工作纳入年度考核，社会评议良好，未发生责任追究情况。",
  // 五 with problems and measures, as section-thin asks
  s5: "一是部分信息公开不够及时，政策解读形式较为单一；二是依申请公开答复文书有待规范。下一步将加强业务培训，丰富解读形式，规范答复文书，及时更新公开内容。",
  s6: "本年未收取信息处理费。",
};

export function report(options: ReportOptions = {}): DocumentSnapshot {
  const format = options.format ?? format2021;
  const year = options.year ?? (format === format2019 ? 2020 : 2022);
  const blocks: SnapshotBlock[] = [para(`青石镇${year}年政府信息公开工作年度报告`)];
  for (const s of format.sections) {
    let section: SnapshotBlock[] = [
      para(`${s.numeral}、${s.title}`),
      // 一 reports 考核, 评议 and 追究 as a town government must (assessment-not-reported); 五 its
      // problems and measures (section-thin); 六 the 信息处理费, as section-empty asks when table 三
      // counts unpaid fees
      para(`${year}年，本机关认真做好${s.title}相关工作。${EXTRA[s.key] ?? ""}`),
    ];
    const table = format.tables.find((t) => t.section === s.key);
    if (table) {
      const given = options.tables?.[table.key];
      if (given !== null)
        section.push(given ?? officialTable(table.key, { values: options.values?.[table.key] }, format));
    }
    if (options.section) section = options.section(s.key, section);
    blocks.push(...section);
  }
  blocks.push(para("青石镇人民政府"), para(`${year + 1}年1月15日`));
  return { blocks: blocks.map((b, i) => (b.kind === "paragraph" ? { ...b, ref: { p: i } } : b)) };
}

/**
 * A grid as rows in the notation of `tableFromRows`: "^" where a vertical merge covers the
 * position, "text>>n" for a cell spanning n columns.
 */
export function gridRows(
  key: TableKey,
  values: Values = {},
  format: FormatTemplate = format2021,
): string[][] {
  const grid = officialGrid(getTable(format, key));
  const rows: string[][] = Array.from({ length: grid.rowCount }, () => []);
  for (const c of grid.cells) {
    const text = c.value ? String(values[c.value.row]?.[c.value.column] ?? "0") : c.text;
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      const mark = r === c.row ? text : "^";
      rows[r][c.col] = c.colSpan > 1 ? `${mark}>>${c.colSpan}` : mark;
    }
  }
  return rows.map((row) => row.filter((x) => x !== undefined));
}

/** The same rows with every merge flattened: one cell per grid position, blanks where merges were. */
export function flattenRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) =>
    row.flatMap((raw) => {
      const m = /^(.*)>>(\d+)$/s.exec(raw);
      const text = (m ? m[1] : raw) === "^" ? "" : m ? m[1] : raw;
      return [text, ...Array<string>(m ? Number(m[2]) - 1 : 0).fill("")];
    }),
  );
}
