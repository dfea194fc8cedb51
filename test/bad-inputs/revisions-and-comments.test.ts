/**
 * docs/bad-inputs.md, reports still under review: tracked changes not yet accepted are read as
 * the document will be once they are (what Word shows in "Simple Markup"/"No Markup"), and
 * comments never reach the text that is checked.
 */
import { readDocx } from "../../src/docx";
import { check, type CheckResult, type DocumentSnapshot } from "../../src/engine";
import { para, row, run, textCell } from "../docx/fixtures/markup";
import { packageParts, zipParts } from "../docx/fixtures/opc";
import { consistentTable3, consistentTable4, someTable2 } from "../helpers/values";
import { reportXml } from "./build";

const values = { table2: someTable2(7), table3: consistentTable3(7), table4: consistentTable4(7) };
const AUTHOR = `w:author="张三" w:date="2024-01-10T09:00:00Z"`;
const ins = (id: number, text: string): string => `<w:ins w:id="${id}" ${AUTHOR}>${run(text)}</w:ins>`;
const del = (id: number, text: string): string =>
  `<w:del w:id="${id}" ${AUTHOR}><w:r><w:delText>${text}</w:delText></w:r></w:del>`;

const read = (body: string, extra: Record<string, string> = {}): DocumentSnapshot =>
  readDocx(zipParts({ ...packageParts({ body }), ...extra }));

/** The findings as a reviewer compares them: rule, place, values. */
const brief = (r: CheckResult) =>
  r.findings.map((f) => [f.rule, f.messageId, f.section, f.table, f.row, f.column, f.expected, f.actual]);

describe("tracked changes not yet accepted", () => {
  const clean = read(reportXml(values));

  it("reads every cell and heading as it will be once the changes are accepted", () => {
    let id = 0;
    const revised = reportXml(values, {
      // every value typed over: the old figure deleted, the current one inserted
      content: (text, at) => (at.value ? `<w:p>${del(id++, "999")}${ins(id++, text)}</w:p>` : para(text)),
      // the numbering of each heading added as a tracked insertion, a stale word deleted
      heading: (text) =>
        `<w:p>${ins(id++, text.slice(0, 2))}${del(id++, "（草稿）")}${run(text.slice(2))}</w:p>`,
    });
    const snapshot = read(revised);
    expect(snapshot).toEqual(clean);
    expect(brief(check(snapshot, { strict: true }))).toEqual(brief(check(clean, { strict: true })));
  });

  it("leaves out rows deleted as a tracked change, and text moved away; keeps text moved here", () => {
    const deletedRow = row(textCell("（已删除的行）") + textCell("999"), `<w:del w:id="900" ${AUTHOR}/>`);
    const body = reportXml(values)
      .replace("</w:tbl>", `${deletedRow}</w:tbl>`)
      .replace(
        run("2023年，本机关认真做好总体情况相关工作。"),
        `<w:moveFrom w:id="901" ${AUTHOR}><w:r><w:t>挪走的句子。</w:t></w:r></w:moveFrom>` +
          `${run("2023年，本机关认真做好")}<w:moveTo w:id="902" ${AUTHOR}>${run("总体情况")}</w:moveTo>` +
          run("相关工作。"),
      );
    // the deleted row is still in the document until accepted, so its paragraphs still count
    // in Word's paragraph index: compare the text, not the paragraph refs
    const texts = (snapshot: DocumentSnapshot) =>
      snapshot.blocks.map((b) => (b.kind === "paragraph" ? b.text : b));
    expect(texts(read(body))).toEqual(texts(clean));
  });

  it("takes the current paragraph and cell properties, not those a pending formatting change recorded", () => {
    const body = reportXml(values).replace(
      "<w:tcPr>",
      `<w:tcPr><w:tcPrChange w:id="903" ${AUTHOR}><w:tcPr><w:gridSpan w:val="7"/></w:tcPr></w:tcPrChange>`,
    );
    const heading = para(
      "一、总体情况",
      `<w:pPrChange w:id="904" ${AUTHOR}><w:pPr><w:pStyle w:val="Title"/><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>`,
    );
    expect(read(body.replace(para("一、总体情况"), heading))).toEqual(clean);
  });

  it("drops a heading deleted as a tracked change, as the accepted document will", () => {
    const body = reportXml(values, {
      heading: (text, i) => (i === 5 ? `<w:p>${del(950, text)}</w:p>` : para(text)),
    });
    const rules = check(read(body), { strict: true }).findings.map((f) => `${f.rule} ${f.section}`);
    expect(rules).toContain("section-missing s6");
  });
});

describe("comments everywhere", () => {
  const COMMENTS =
    `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    Array.from(
      { length: 400 },
      (_, i) =>
        `<w:comment w:id="${i}" w:author="李四" w:date="2024-01-11T10:00:00Z" w:initials="李">` +
        `<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>三、收到和处理政府信息公开申请情况：这里应为 ${i}，请核对总计 99。</w:t></w:r></w:p>` +
        `</w:comment>`,
    ).join("") +
    `</w:comments>`;
  const commented = (id: number, content: string): string =>
    `<w:commentRangeStart w:id="${id}"/>${content}<w:commentRangeEnd w:id="${id}"/>` +
    `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;

  it("never lets a comment's text into a cell, a heading or a paragraph", () => {
    let id = 0;
    const body = reportXml(values, {
      content: (text) => `<w:p>${commented(id++ % 400, run(text))}</w:p>`,
      heading: (text) => `<w:p>${commented(id++ % 400, run(text))}</w:p>`,
    });
    const rels =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>` +
      `</Relationships>`;
    const snapshot = read(body, { "word/comments.xml": COMMENTS, "word/_rels/document.xml.rels": rels });
    const clean = read(reportXml(values));
    expect(snapshot).toEqual(clean);
    expect(JSON.stringify(snapshot)).not.toContain("请核对");
    expect(brief(check(snapshot, { strict: true }))).toEqual(brief(check(clean, { strict: true })));
  });
});
