import type { FormatTemplate, RowTemplate, TableTemplate } from "../../template";
import { similarity } from "../_lib/similarity";
import type { SnapshotCell } from "../types";
import { alignRows, bindOutOfOrder, missingBefore, MISSING_ROW_COST } from "./align";
import type { LabelIssue, Subtotal, SubtotalCell, TableBinding } from "./binding";
import { bindRows, tableBinding, type DocumentRow } from "./bound";
import { columnLabels, completeColumns, isHeaderRow, rightmostColumns } from "./columns";
import { lookupLabel, templateLabelKey, type LabelIndex, type LabelMatch } from "./label-index";
import { cellAt, holdsFigure, holdsValue, type TableView } from "./table-view";

/**
 * One document row below the header, with what identifies it; its label cell is the rightmost
 * label cell of its own, where its row label belongs.
 */
interface BodyRow extends DocumentRow {
  readonly hasValues: boolean;
  readonly itemKey: string;
  /** The most specific group label covering it (merged from above or its own). */
  readonly group?: string;
}

interface Part {
  readonly view: TableView;
  readonly columns: readonly (number | undefined)[];
  /** The leftmost value column: the row labels stand before it. */
  readonly firstValueCol: number;
  readonly headerFound: boolean;
  readonly body: readonly number[];
}

/**
 * Binds a `matrix` table (table3): row labels at the left, one value per template column.
 * Columns come from the header labels, rows from their labels; where labels are missing or
 * overwritten, from their position, aligned in order with the template rows.
 */
export function bindMatrix(
  views: readonly TableView[],
  format: FormatTemplate,
  table: TableTemplate,
  index: LabelIndex,
): TableBinding {
  const parts = layoutParts(views, table, index);
  const body = joinWrappedLabels(
    parts.flatMap((part) => part.body.map((r) => readRow(part, r, table, index))),
    table,
    index,
  );
  const groupsOf = rowGroups(table);
  const matched = alignRows(
    body.length,
    table.rows.length,
    (i, j) => rowScore(body[i], table.rows[j], groupsOf[j]),
    (i) => (body[i].item ? -3 : body[i].hasValues ? -1 : 0),
  );
  const moved = bindOutOfOrder(matched, body.length, (i) => {
    const item = body[i].item;
    return item ? table.rows.findIndex((row) => row.key === item.key) : -1;
  });

  const bound = bindRows(
    table,
    body,
    matched,
    (i, j) => rowScore(body[i], table.rows[j], groupsOf[j]),
    moved,
  );
  bound.labelIssues.unshift(...headerIssues(parts, table, index));
  const score = bound.score - MISSING_ROW_COST * missingBefore(matched);
  return tableBinding(views, format, table, bound, score, subtotals(body, matched, table));
}

/** A row label that says it sums the rows above it within their group. */
const SUBTOTAL = /^(?:[(（]?[一二三四五六七八九十]+[)）、.]?)?小计$/;

/**
 * The report's own 小计 rows (R2b): a row left unmatched, labelled 小计 and holding figures, right
 * after rows bound to the numbered items of one group (（三）…（六）), sums that group's items.
 */
function subtotals(body: readonly BodyRow[], matched: readonly number[], table: TableTemplate): Subtotal[] {
  const templateOf = new Array<number>(body.length).fill(-1);
  matched.forEach((i, j) => {
    if (i >= 0) templateOf[i] = j;
  });
  const results = table.headers.find((h) => h.key === "results")?.label;
  const found: Subtotal[] = [];
  for (let i = 1; i < body.length; i++) {
    const doc = body[i];
    if (templateOf[i] >= 0 || !doc.hasValues || !SUBTOTAL.test(doc.itemKey)) continue;
    let above = i - 1;
    while (above >= 0 && templateOf[above] < 0) above--;
    const group = above >= 0 ? table.rows[templateOf[above]].group : undefined;
    if (!group || group === results) continue;
    const cells = new Map<string, SubtotalCell>();
    table.columns.forEach((column, c) => {
      const cell = doc.values[c];
      if (cell) cells.set(column.key, { text: cell.text, value: doc.view.valueOf(cell), ref: cell.ref });
    });
    const rows = table.rows.filter((row) => row.group === group).map((row) => row.key);
    found.push({ group, rows, cells });
  }
  return found;
}

function layoutParts(views: readonly TableView[], table: TableTemplate, index: LabelIndex): Part[] {
  const parts: Part[] = [];
  for (const view of views) {
    const all = view.rows.map((_, r) => r);
    const headers = all.filter((r) => isHeaderRow(view, r, table, index));
    const firstBody = headers.length ? headers[0] : -1;
    const body = all.filter((r) => r > firstBody && !headers.includes(r));
    const labels = columnLabels(view, headers, table, index);
    const known = table.columns.map((column) => labels.find((l) => l.match.key === column.key)?.cell.col);
    const previous = parts[parts.length - 1];
    let columns: (number | undefined)[];
    if (known.some((c) => c !== undefined)) columns = completeColumns(known, view.table.colCount);
    else {
      // a part without a header continues the one before: its columns, unless the figures stand
      // elsewhere (a continuation without the 三、 column, an empty column at its right instead)
      const rightmost = rightmostColumns(view, body, table.columns.length);
      const inherited = previous?.view.table.colCount === view.table.colCount ? previous.columns : undefined;
      columns =
        inherited && figuresIn(view, body, inherited) >= figuresIn(view, body, rightmost)
          ? [...inherited]
          : rightmost;
    }
    const firstValueCol = Math.min(...columns.filter((c): c is number => c !== undefined));
    parts.push({ view, columns, firstValueCol, headerFound: headers.length > 0, body });
  }
  return parts;
}

/** How many cells of `rows` in `columns` hold a figure. */
function figuresIn(
  view: TableView,
  rows: readonly number[],
  columns: readonly (number | undefined)[],
): number {
  let figures = 0;
  for (const r of rows)
    for (const col of columns) {
      const cell = col === undefined ? undefined : cellAt(view.rows[r], col);
      if (cell && cell.row === r && holdsFigure(view, cell)) figures++;
    }
  return figures;
}

function readRow(part: Part, r: number, table: TableTemplate, index: LabelIndex): BodyRow {
  const { view } = part;
  const cells = view.rows[r];
  const shift = raggedShift(part, r);
  const columns = shift
    ? part.columns.map((col) => (col === undefined ? undefined : col - shift))
    : part.columns;
  const firstValueCol = part.firstValueCol - shift;
  const values = columns.map((col) => (col === undefined ? undefined : cellAt(cells, col)));
  const labelCells = cells.filter((c) => c.col + Math.max(1, c.colSpan) <= firstValueCol);
  const usable = distinctCells(values) && values.every((v) => !v || !labelCells.includes(v));
  let item: LabelMatch | undefined;
  let itemCell: SnapshotCell | undefined;
  let group: string | undefined;
  for (const cell of labelCells) {
    const matches = lookupLabel(index, view.keyOf(cell), table.key);
    const groupMatch = matches.find((m) => m.role === "group");
    if (groupMatch) group = groupMatch.key;
    if (cell.row !== r) continue;
    const rowMatch = matches.find((m) => m.role === "row");
    if (rowMatch) {
      item = rowMatch;
      itemCell = cell;
    } else if (!item && !groupMatch) itemCell = cell;
  }
  const valueCells = usable ? values : values.map(() => undefined);
  const hasValues = valueCells.some((v) => v && holdsFigure(view, v));
  return {
    view,
    values: valueCells,
    hasValues,
    item,
    labelCell: itemCell,
    itemKey: itemCell ? view.keyOf(itemCell) : "",
    group,
  };
}

/**
 * Rows whose label is wrapped over two document rows, the figures on one of them and the other's
 * value cells empty ("4.保护第三方合法" over "权益", as a converter splits a tall row or a PDF's
 * text turned into a table leaves it), read as one row: the label whole, the figures where
 * they are. Only where the two pieces make a row label exactly.
 */
function joinWrappedLabels(body: readonly BodyRow[], table: TableTemplate, index: LabelIndex): BodyRow[] {
  const joined: BodyRow[] = [];
  for (let i = 0; i < body.length; i++) {
    const [first, second] = [body[i], body[i + 1]];
    const item =
      second &&
      first.view === second.view &&
      first.itemKey &&
      second.itemKey &&
      emptyValues(first) !== emptyValues(second)
        ? index.get(first.itemKey + second.itemKey)?.find((m) => m.table === table.key && m.role === "row")
        : undefined;
    if (!item) {
      joined.push(first);
      continue;
    }
    const figures = emptyValues(first) ? second : first;
    joined.push({
      ...figures,
      item,
      labelCell: first.labelCell,
      itemKey: first.itemKey + second.itemKey,
      group: first.group ?? second.group,
    });
    i++;
  }
  return joined;
}

/** True when a row has no value cell with anything written in it. */
function emptyValues(row: BodyRow): boolean {
  return row.values.every((cell) => !cell || !cell.text.trim());
}

/**
 * How many columns left of the table's value columns a row's figures stand: 0 in a table drawn
 * on one grid. A table rebuilt from a web page or a PDF can be ragged — a row with one label
 * cell fewer than the rows above, its figures one column left, its last column empty. The row
 * is read one or two columns left when its last value columns are empty and, so read, every
 * value cell holds a value, the first a figure where the label should be, with a label before it.
 */
function raggedShift(part: Part, r: number): number {
  const { view, columns, firstValueCol } = part;
  const cells = view.rows[r];
  const own = (col: number | undefined) => {
    const cell = col === undefined || col < 0 ? undefined : cellAt(cells, col);
    return cell && cell.row === r ? cell : undefined;
  };
  for (let shift = 1; shift <= MAX_RAGGED_SHIFT; shift++) {
    const emptied = columns.slice(columns.length - shift);
    if (emptied.some((col) => own(col)?.text.trim())) return 0;
    const moved = columns.map((col) => (col === undefined ? undefined : own(col - shift)));
    if (!moved[0] || !holdsFigure(view, moved[0]) || !distinctCells(moved)) continue;
    if (!moved.every((cell) => cell && holdsValue(view, cell) && cell.colSpan <= 1)) continue;
    const label = cells.some((c) => c.col + Math.max(1, c.colSpan) <= firstValueCol - shift && c.text.trim());
    if (label) return shift;
  }
  return 0;
}

const MAX_RAGGED_SHIFT = 2;

/** True when no cell stands for two columns (a merged cell across them). A row has a few columns: no set is built. */
function distinctCells(values: readonly (SnapshotCell | undefined)[]): boolean {
  for (let i = 0; i < values.length; i++)
    if (values[i]) for (let k = i + 1; k < values.length; k++) if (values[k] === values[i]) return false;
  return true;
}

/** For each template row, the group labels it may sit under, most specific first. */
function rowGroups(table: TableTemplate): (readonly string[])[] {
  const results = table.headers.find((h) => h.key === "results")?.label;
  const first = table.rows.findIndex((r) => r.group === results);
  const last = table.rows.map((r) => r.group).lastIndexOf(results);
  return table.rows.map((row, j) => {
    const groups = row.group ? [row.group] : [];
    if (results && j >= first && j <= last && row.group !== results) groups.push(results);
    return groups;
  });
}

/** The most a document row scores: its official label. A row bound by position scores 8 at most. */
const LABELLED_ROW = 10;

/**
 * A score no binding of the table can beat: every template row found by its official label, and
 * none missing. A binding that reaches the other format's needs that format tried no more.
 */
export function matrixCeiling(table: TableTemplate): number {
  return LABELLED_ROW * table.rows.length;
}

function rowScore(doc: BodyRow, row: RowTemplate, groups: readonly string[]): number {
  if (doc.item) {
    if (doc.item.key !== row.key) return -Infinity;
    return doc.item.status === "accepted" ? LABELLED_ROW : 8;
  }
  if (!doc.hasValues) return -Infinity;
  let score = 1;
  if (doc.group) {
    const at = groups.indexOf(doc.group);
    score += at === 0 ? 4 : at > 0 ? 2 : -3;
  }
  if (doc.itemKey && closeLabel(row, doc.itemKey)) score += 3;
  return score;
}

/**
 * True when a row's written label is close to a template row's label (bigram similarity 0.5 or
 * more). The alignment asks it for every pair of unlabelled row and template row, and reports
 * repeat their altered labels: each pair is compared once (200 reports ask 7,400 times, 153 pairs).
 */
export function closeLabel(row: RowTemplate, itemKey: string): boolean {
  let byItem = closeness.get(row);
  if (!byItem) closeness.set(row, (byItem = new Map()));
  let close = byItem.get(itemKey);
  if (close === undefined) {
    // a batch of odd labels must not grow it forever
    if (byItem.size >= 1000) byItem.clear();
    byItem.set(itemKey, (close = similarity(templateLabelKey(row.label), itemKey) >= 0.5));
  }
  return close;
}

const closeness = new WeakMap<RowTemplate, Map<string, boolean>>();

/** Missing or non-standard labels of the header: the 勾稽 note and the column labels. */
function headerIssues(parts: readonly Part[], table: TableTemplate, index: LabelIndex): LabelIssue[] {
  const first = parts[0];
  if (!first?.headerFound) return [];
  const view = first.view;
  const headerRows = view.rows.map((_, r) => r).filter((r) => !first.body.includes(r));
  const issues: LabelIssue[] = [];
  const found = columnLabels(view, headerRows, table, index);
  for (const column of table.columns) {
    const label = found.find((l) => l.match.key === column.key);
    if (!label) {
      const col = first.columns[table.columns.indexOf(column)];
      // a column not in the table at all is table-column-missing's, not a label recognised by its place
      if (col === undefined) continue;
      const cell = col === undefined ? undefined : headerRows.map((r) => cellAt(view.rows[r], col)).pop();
      issues.push({
        role: "column",
        key: column.key,
        expected: column.label,
        actual: cell?.text.trim() ?? "",
        status: cell?.text.trim() ? "altered" : "missing",
        ref: cell?.ref ?? null,
      });
    } else if (label.match.status !== "accepted") {
      issues.push({
        role: "column",
        key: column.key,
        expected: column.label,
        actual: label.cell.text.trim(),
        status: label.match.status,
        ref: label.cell.ref,
      });
    }
  }
  const note = table.headers.find((h) => h.key === "note");
  const noteKey = note ? templateLabelKey(note.label) : "";
  const hasNote = headerRows.some((r) => view.rows[r].some((c) => similarity(noteKey, view.keyOf(c)) >= 0.7));
  if (note && !hasNote) {
    const cell = view.rows[headerRows[0]]?.[0];
    issues.push({
      role: "header",
      key: "note",
      expected: note.label,
      actual: cell?.text.trim() ?? "",
      status: cell?.text.trim() ? "altered" : "missing",
      ref: cell?.ref ?? null,
    });
  }
  return issues;
}
