import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocx } from "../../../src/docx";
import { annotateDocx, annotationOf, applyFixesToDocx } from "../../../src/docx/write";
import { cellAt, mapDocument, tableAt, type DocumentMap } from "../../../src/docx/write/document-map";
import { innerText, parseTree, type XmlNode } from "../../../src/docx/write/xml-tree";
import { check, type SnapshotTable } from "../../../src/engine";

const root = path.resolve(__dirname, "../../..");
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(root, file)));
const documentOf = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);

/** Every table of a snapshot, nested ones included. */
function allTables(blocks: readonly { kind: string }[]): SnapshotTable[] {
  const out: SnapshotTable[] = [];
  const visit = (t: SnapshotTable) => {
    out.push(t);
    for (const cell of t.cells) cell.tables?.forEach(visit);
  };
  for (const b of blocks) if (b.kind === "table") visit(b as SnapshotTable);
  return out;
}

/** A cell's own text in the markup: its `w:t`s, the tables nested in it left out. */
function cellText(xml: string, tc: XmlNode): string {
  const parts: string[] = [];
  const walk = (node: XmlNode) => {
    for (const c of node.children) {
      if (c.name === "w:t") parts.push(innerText(xml, c));
      else if (c.name !== "w:tbl") walk(c);
    }
  };
  walk(tc);
  return parts.join("");
}

describe.each([
  "test/fixtures/docx-web/clean-2021.docx",
  "test/fixtures/docx/nested-table.docx",
  "examples/sample-report.docx",
])("the document map of %s", (file) => {
  const bytes = bytesOf(file);
  const xml = documentOf(bytes);
  const map = mapDocument(parseTree(xml)) as DocumentMap;
  const tables = allTables(readDocx(bytes).blocks);

  it("finds every cell the reader reads, nested tables' through their path, holding the reader's text", () => {
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      expect(tableAt(map, table.ref)).toBeDefined();
      for (const cell of table.cells) {
        const tc = cellAt(map, cell.ref);
        expect(tc?.name).toBe("w:tc");
        expect(cellText(xml, tc as XmlNode)).toBe(cell.text.replace(/\n/g, ""));
      }
    }
  });
});

describe("refs into nested tables", () => {
  const xml = documentOf(bytesOf("test/fixtures/docx/nested-table.docx"));
  const map = mapDocument(parseTree(xml)) as DocumentMap;

  it("reaches nothing for a path that leads nowhere or is not whole", () => {
    expect(tableAt(map, { t: 0, path: [0, 0, 9] })).toBeUndefined();
    expect(tableAt(map, { t: 0, path: [0, 0] })).toBeUndefined();
    expect(tableAt(map, { t: 0, path: ["0", 0, 0] })).toBeUndefined();
    expect(cellAt(map, { t: 0, path: [0, 0, 0], tr: 999, tc: 0 })).toBeUndefined();
    expect(cellAt(map, { box: 0, tr: 0, tc: 0 })).toBeUndefined();
  });
});

describe("annotating a web page turned into Word", () => {
  // 本年新收 from 自然人 raised by 7: its row's total and its column's balance no longer hold
  const clean = bytesOf("test/fixtures/docx-web/clean-2021.docx");
  const files = unzipSync(clean);
  const xml = strFromU8(files["word/document.xml"]);
  const at = xml.indexOf("本年新收政府信息公开申请数量");
  const value = /<w:t>(\d+)<\/w:t>/.exec(xml.slice(at));
  const start = at + (value?.index ?? 0) + "<w:t>".length;
  const damaged = zipSync({
    ...files,
    "word/document.xml": strToU8(
      xml.slice(0, start) + String(Number(value?.[1]) + 7) + xml.slice(start + (value?.[1].length ?? 0)),
    ),
  });
  const result = check(readDocx(damaged));

  it("shades the cells of the report's tables, which sit in the page's layout table", () => {
    expect(result.findings.map((f) => f.rule).sort()).toEqual(["balance", "row-total"]);
    expect(result.findings.every((f) => Array.isArray(f.ref?.path))).toBe(true);
    const outcome = annotateDocx(damaged, annotationOf(result), { date: "2025-01-20T00:00:00Z" });
    expect(outcome.unplaced).toBe(0);
    expect(outcome.comments).toBe(2);
    expect(outcome.shaded).toBeGreaterThanOrEqual(2);
    // the raised cell itself is shaded
    const annotated = documentOf(outcome.bytes);
    const map = mapDocument(parseTree(annotated)) as DocumentMap;
    const raised = result.cells.find(
      (c) => c.key.table === "table3" && c.key.row === "new_received" && c.key.column === "natural",
    );
    expect(raised?.text).toBe(String(Number(value?.[1]) + 7));
    const tc = cellAt(map, raised!.ref) as XmlNode;
    expect(annotated.slice(tc.start, tc.end)).toMatch(/w:fill="(FFC7CE|FDF0D5)"/);
    expect(check(readDocx(outcome.bytes))).toEqual(result);
  });

  it("applies a fix to a cell of a table nested in the page's layout table", () => {
    const withUnit = zipSync({
      ...files,
      "word/document.xml": strToU8(
        xml.slice(0, start + (value?.[1].length ?? 0)) + "件" + xml.slice(start + (value?.[1].length ?? 0)),
      ),
    });
    const before = check(readDocx(withUnit));
    const fix = before.findings.find((f) => f.rule === "cell-with-unit")?.fix;
    expect(fix?.ref.path).toBeDefined();
    const outcome = applyFixesToDocx(withUnit, [fix!]);
    expect(outcome.refused).toEqual([]);
    expect(check(readDocx(outcome.bytes)).findings).toEqual([]);
  });
});
