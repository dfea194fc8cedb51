/**
 * The fixture builder (scripts/build-fixtures.ts): the seed documents hold the seeds' paragraphs
 * and tables with the official merges, and the committed fixtures are what the script builds.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import * as mammoth from "mammoth";
import {
  type Fixture,
  FIXTURES_JSON,
  ROOT,
  buildFixtures,
  fixturesJson,
  renderDocx,
} from "../../scripts/build-fixtures";

const fixtures = buildFixtures();

function fixture(name: string): Fixture {
  const found = fixtures.find((f) => f.file.endsWith(`/${name}.docx`));
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

const documentXml = (docx: Uint8Array): string => strFromU8(unzipSync(docx)["word/document.xml"]);

/** A Word table read from document.xml: rows of cells with their grid position and merges. */
interface XmlCell {
  readonly col: number;
  readonly span: number;
  readonly vMerge: "restart" | "continue" | null;
  readonly text: string;
}
type XmlTable = XmlCell[][];

function xmlTables(xml: string): XmlTable[] {
  return [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map(([, tbl]) =>
    [...tbl.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map(([, tr]) => {
      let col = 0;
      return [...tr.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map(([, tc]) => {
        const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
        const merge = /<w:vMerge w:val="(\w+)"/.exec(tc)?.[1];
        const text = [...tc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
        const cell: XmlCell = {
          col,
          span,
          vMerge: merge === "restart" || merge === "continue" ? merge : null,
          text,
        };
        col += span;
        return cell;
      });
    }),
  );
}

/** Rows a vertical merge starting at (row, col) covers. */
function rowSpan(table: XmlTable, row: number, col: number): number {
  let n = 1;
  while (table[row + n]?.some((c) => c.col === col && c.vMerge === "continue")) n++;
  return n;
}

/** Where a cell with exactly this text starts: [row, col, rowSpan, colSpan] for each such cell. */
function find(table: XmlTable, text: string): number[][] {
  return table.flatMap((cells, r) =>
    cells
      .filter((c) => c.text === text)
      .map((c) => [r, c.col, c.vMerge === "restart" ? rowSpan(table, r, c.col) : 1, c.span]),
  );
}

const SEED_IDS = ["000", "001", "002", "003", "004"];

describe("seed documents", () => {
  const built = new Map<string, Uint8Array>();
  beforeAll(async () => {
    for (const id of SEED_IDS) built.set(id, await renderDocx(fixture(`seed-${id}`).doc));
  });

  test.each(SEED_IDS)("seed %s: every text of the dump is in the document", async (id) => {
    const f = fixture(`seed-${id}`);
    const dump = readFileSync(join(ROOT, f.seed ?? ""), "utf8");
    const docx = built.get(id) as Uint8Array;
    const { value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    const pieces = dump
      .replace(/\[bookmark: [^\]]*\]/g, "")
      .split("\n")
      .flatMap((line) => line.replace(/ \|$/, "").split("\t"))
      .map((p) => p.replace(/^#+ /, "").replace(/\*\*/g, ""))
      .filter((p) => p.trim() !== "");
    const missing = pieces.filter((p) => !raw.includes(p));
    // seed 000's "2、" is Word's automatic numbering, which raw text leaves out
    expect(missing).toEqual(id === "000" ? ["2、 主动公开政府信息情况"] : []);
  });

  test.each(SEED_IDS)("seed %s: tables have the official grid", (id) => {
    const tables = xmlTables(documentXml(built.get(id) as Uint8Array));
    expect(tables).toHaveLength(id === "002" ? 2 : 3);
    const [t2, t3, t4] = tables;
    const width = (t: XmlTable) => t.map((row) => row.reduce((w, c) => w + c.span, 0));
    expect(new Set(width(t2))).toEqual(new Set([4]));
    expect(new Set(width(t3))).toEqual(new Set([10]));
    expect(t2).toHaveLength(14);
    expect(t3).toHaveLength(id === "002" ? 20 : 28);
    expect(t3[0][0]).toMatchObject({ col: 0, span: 3, vMerge: "restart" });
    expect(rowSpan(t3, 0, 0)).toBe(3);
    if (t4) {
      expect(new Set(width(t4))).toEqual(new Set([15]));
      expect(t4).toHaveLength(4);
      expect(t4[3].map((c) => c.text.trim())).toEqual(new Array(15).fill("0"));
    }
  });

  test("seed 000: section 二 numbered by Word, item labels are 0, 二's natural-person cell is a space", () => {
    const docx = built.get("000") as Uint8Array;
    const xml = documentXml(docx);
    expect(xml).toMatch(
      /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr><\/w:pPr><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>主动公开政府信息情况</,
    );
    const numbering = strFromU8(unzipSync(docx)["word/numbering.xml"]);
    expect(numbering).toMatch(
      /<w:start w:val="2"\/><w:numFmt w:val="decimal"\/><w:suff w:val="space"\/><w:lvlText w:val="%1、"\/>/,
    );
    const t3 = xmlTables(xml)[1];
    expect(find(t3, "三、本年度办理结果")).toEqual([[5, 0, 22, 1]]);
    expect(find(t3, "（三）不予公开")).toEqual([[7, 1, 8, 1]]);
    expect(find(t3, "（六）其他处理")).toEqual([[23, 1, 3, 1]]);
    const itemLabels = t3.slice(7, 26).map((row) => row.find((c) => c.col === 2)?.text);
    expect(itemLabels).toEqual(new Array(19).fill("0"));
    expect(t3[4].find((c) => c.col === 3)?.text).toBe("\u00a0");
  });

  test("seed 001: traditional characters with pinyin glosses, no title", async () => {
    const { value: raw } = await mammoth.extractRawText({
      buffer: Buffer.from(built.get("001") as Uint8Array),
    });
    expect(raw.startsWith("一、總體情況")).toBe(true);
    const t3 = xmlTables(documentXml(built.get("001") as Uint8Array))[1];
    expect(find(t3, "三、本年度辦理結(jié)果")).toEqual([[5, 0, 22, 1]]);
    expect(raw).toContain("本年制發(fā)件數(shù)");
  });

  test("seed 002: heading styles, old labels, truncated table 3 with a flattened last row, no section 四", async () => {
    const docx = built.get("002") as Uint8Array;
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(html).toContain("<h1>涧池镇 2021 年度政府信息公开工作年度报告</h1>");
    expect(html).toContain("<h2>一、总体情况</h2>");
    expect(html).toContain("<h2>五、存在问题及改进情况</h2>");
    expect(html).not.toContain("四、政府信息公开行政复议");
    const [t2, t3] = xmlTables(documentXml(docx));
    expect(find(t2, "规范性文件")).toHaveLength(1);
    expect(find(t2, "处理决定数量")).toHaveLength(1);
    expect(find(t3, "三、 本 年 度 办 理 结 果")).toEqual([[5, 0, 14, 1]]);
    expect(find(t3, "总计")).toEqual([[0, 9, 3, 1]]);
    expect(find(t3, "2. 重复申请")).toEqual([[19, 0, 1, 3]]);
    for (const row of t3.slice(3)) {
      const values = row.filter((c) => c.col >= 3).map((c) => c.text);
      expect(values).toEqual(["", "", "", "", "", "", "0"]);
    }
  });

  test("seed 003: heading 5、 as text, two-line title", async () => {
    const { value: raw } = await mammoth.extractRawText({
      buffer: Buffer.from(built.get("003") as Uint8Array),
    });
    expect(raw).toMatch(/^2022年保德县孙家沟镇人民政府\n+信息公开工作年度报告\n/);
    expect(raw).toContain("5、 存在的主要问题及改进情况");
  });

  test("seed 004: 三、本年度办理结果 merged twice, note cell empty, 注意事项 kept", async () => {
    const docx = built.get("004") as Uint8Array;
    const t3 = xmlTables(documentXml(docx))[1];
    expect(find(t3, "三、本年度办理结果")).toEqual([
      [5, 0, 4, 1],
      [9, 0, 18, 1],
    ]);
    expect(t3[0][0].text).toBe("");
    const { value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(raw.trimEnd().endsWith("如出现舆情，要及时做好引导工作。")).toBe(true);
  });
});

describe("damage fixtures", () => {
  test("the clean report's tables carry the official merges (mammoth sees them)", async () => {
    const docx = await renderDocx(fixture("clean-2021").doc);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(html).toContain('<td colspan="3" rowspan="3"><p>（本列数据的勾稽关系为');
    expect(html).toContain('<td rowspan="22"><p>三、本年度办理结果</p></td>');
    expect(html).toContain('<td colspan="10"><p>行政诉讼</p></td>');
  });

  test("merges-flattened has no merges at all", async () => {
    const xml = documentXml(await renderDocx(fixture("merges-flattened").doc));
    expect(xml).not.toMatch(/w:gridSpan|w:vMerge/);
  });

  test("tracked-changes holds a tracked deletion and insertion", async () => {
    const xml = documentXml(await renderDocx(fixture("tracked-changes").doc));
    expect(xml).toMatch(
      /<w:del [^>]*><w:r><w:delText[^>]*>3<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t[^>]*>4<\/w:t>/,
    );
  });
});

describe("committed fixtures are up to date with the script", () => {
  test("fixtures.json", () => {
    expect(readFileSync(join(ROOT, FIXTURES_JSON), "utf8")).toBe(fixturesJson(fixtures));
  });

  test.each(fixtures.map((f) => f.file))("%s", async (file) => {
    const f = fixtures.find((x) => x.file === file) as Fixture;
    const committed = documentXml(new Uint8Array(readFileSync(join(ROOT, file))));
    expect(documentXml(await renderDocx(f.doc))).toBe(committed);
  });
});
