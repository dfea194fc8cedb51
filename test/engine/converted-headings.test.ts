/**
 * Headings as PDF and web conversion leaves them (issue 11): the numeral in a paragraph of its
 * own, spaces inside "一 、", "(一)" for "一、", a heading in a table cell, and a table of
 * contents listing the six headings, which is not the sections and hides no missing one.
 */
import { check, type SnapshotBlock, type SnapshotTable } from "../../src/engine";
import { format2021, type SectionTemplate } from "../../src/template";
import { para, report, tableFromRows } from "../helpers/snapshot";

const rules = (blocks: readonly SnapshotBlock[]) =>
  check(
    { blocks: blocks.map((b, i) => (b.kind === "paragraph" ? { ...b, ref: { p: i } } : b)) },
    { strict: true },
  )
    .findings.map((f) => `${f.rule} ${f.section ?? ""}`)
    .sort();
const clean = report().blocks;
const isHeading = (b: SnapshotBlock, s: SectionTemplate) =>
  b.kind === "paragraph" && b.text === `${s.numeral}、${s.title}`;
/** The clean report with each heading replaced by `fn`'s blocks. */
const headings = (fn: (s: SectionTemplate) => SnapshotBlock[], blocks = clean) =>
  blocks.flatMap((b) => {
    const s = format2021.sections.find((t) => isHeading(b, t));
    return s ? fn(s) : [b];
  });
const withToc = (line: (s: SectionTemplate, page: number) => string, blocks = clean) => [
  blocks[0],
  para("目录"),
  ...format2021.sections.map((s, i) => para(line(s, i + 2))),
  ...blocks.slice(1),
];
const withoutS5 = clean.filter((b) => !(b.kind === "paragraph" && b.text.startsWith("五、")));

describe("headings as conversion leaves them", () => {
  it("reads a numeral in a paragraph of its own with the title under it as one heading", () => {
    expect(rules(headings((s) => [para(`${s.numeral}、`), para(s.title)]))).toEqual(rules(clean));
  });

  it("reads spaces inside the numbering (一 、) as the official numbering", () => {
    expect(rules(headings((s) => [para(`${s.numeral} 、${s.title}`)]))).toEqual(rules(clean));
    expect(rules(headings((s) => [para(`${s.numeral} 、 ${s.title}`)]))).toEqual(rules(clean));
  });

  it("binds (一) and （一） numbering as the section, with a numbering warning and a fix", () => {
    for (const form of ["（一）", "(一)", "( 一 )"]) {
      const blocks = headings((s) => [para(`${form.replace("一", s.numeral)}${s.title}`)]);
      const result = check({ blocks }, { strict: true });
      expect(result.sections.every((s) => s.found)).toBe(true);
      const warned = result.findings.filter((f) => f.rule === "section-heading");
      expect(warned.map((f) => [f.messageId, f.fix && "to" in f.fix ? f.fix.to : null])).toEqual(
        format2021.sections.map((s) => ["numbering", `${s.numeral}、`]),
      );
    }
  });

  it("finds a heading set in a table cell", () => {
    const boxed = headings((s) =>
      s.key === "s3" ? [tableFromRows([[`${s.numeral}、${s.title}`]])] : [para(`${s.numeral}、${s.title}`)],
    );
    expect(rules(boxed)).toEqual(rules(clean));
  });

  it("finds a heading carried as its table's title row, the table still the section's", () => {
    /** The table with a first row of one cell across it, holding `text`. */
    const titled = (table: SnapshotTable, text: string): SnapshotTable => ({
      ...table,
      rowCount: table.rowCount + 1,
      cells: [
        { row: 0, col: 0, rowSpan: 1, colSpan: table.colCount, text, ref: {} },
        ...table.cells.map((c) => ({ ...c, row: c.row + 1 })),
      ],
    });
    // as a web page turned into Word has it: 二 and 四's headings in their tables, the text after
    const moved = (asTitle: boolean, withText = true) => {
      const blocks: SnapshotBlock[] = [];
      for (let i = 0; i < clean.length; i++) {
        const heading = clean[i];
        const s = format2021.sections.find((t) => isHeading(heading, t));
        if (!s || (s.key !== "s2" && s.key !== "s4")) {
          blocks.push(heading);
          continue;
        }
        const [text, table] = [clean[i + 1], clean[i + 2] as SnapshotTable];
        const title = asTitle ? [titled(table, `${s.numeral}、${s.title}`)] : [heading, table];
        blocks.push(...title, ...(withText ? [text] : []));
        i += 2;
      }
      return blocks;
    };
    expect(moved(true).filter((b) => b.kind === "table")).toHaveLength(3);
    expect(rules(moved(true))).toEqual(rules(moved(false)));
    expect(rules(moved(true))).not.toContain("section-missing s2");
    // the table alone under its heading: the section is not empty
    expect(rules(moved(true, false))).toEqual(rules(moved(false, false)));
  });

  it.each([
    ["dotted leaders", (s: SectionTemplate, page: number) => `${s.numeral}、${s.title}……………………${page}`],
    ["a tab", (s: SectionTemplate, page: number) => `${s.numeral}、${s.title}\t${page}`],
    ["ASCII dots", (s: SectionTemplate, page: number) => `${s.numeral}、${s.title} .......... ${page}`],
    ["no page numbers", (s: SectionTemplate) => `${s.numeral}、${s.title}`],
  ])("takes a table of contents with %s for no section, and hides no missing one", (_name, line) => {
    expect(rules(withToc(line))).toEqual(rules(clean));
    const missing = rules(withToc(line, withoutS5));
    expect(missing).toEqual(rules(withoutS5));
    expect(missing).toContain("section-missing s5");
  });
});
