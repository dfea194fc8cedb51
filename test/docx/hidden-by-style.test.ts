/**
 * Text hidden through a style: a character style (`w:rStyle`) or a paragraph style whose run
 * properties, on their own or through `w:basedOn`, say `w:vanish` is neither shown nor printed,
 * so it is not part of a paragraph's or a cell's text (a printed 1 over a hidden 1 is 1, not 11).
 */
import { paragraph, paragraphs, readBody, run, tables, texts, textTable } from "./fixtures/markup";

const style = (type: string, id: string, inner = "", attrs = ""): string =>
  `<w:style w:type="${type}" w:styleId="${id}"${attrs}><w:name w:val="${id}"/>${inner}</w:style>`;
const rPr = (inner: string): string => `<w:rPr>${inner}</w:rPr>`;
const based = (id: string): string => `<w:basedOn w:val="${id}"/>`;

const STYLES =
  style("paragraph", "Normal", "", ` w:default="1"`) +
  style("character", "Hidden", rPr("<w:vanish/>")) +
  style("character", "HiddenNote", based("Hidden")) +
  style("character", "ShownAgain", based("Hidden") + rPr(`<w:vanish w:val="0"/>`)) +
  style("character", "WebOnly", rPr("<w:webHidden/>")) +
  style("character", "LoopA", based("LoopB")) +
  style("character", "LoopB", based("LoopA")) +
  style("paragraph", "HiddenPara", based("Normal") + rPr("<w:vanish/>")) +
  style("paragraph", "HiddenParaChild", based("HiddenPara"));

const styled = (text: string, id: string, extra = ""): string =>
  `<w:r><w:rPr><w:rStyle w:val="${id}"/>${extra}</w:rPr><w:t>${text}</w:t></w:r>`;
const inStyle = (id: string): string => `<w:pStyle w:val="${id}"/>`;
const read = (body: string) => texts(readBody(body, { styles: STYLES }));

describe("text hidden through a style", () => {
  it("leaves out a run whose character style hides it, and one whose style inherits that", () => {
    expect(read(paragraph(run("1") + styled("1", "Hidden")))).toEqual(["1"]);
    expect(read(paragraph(run("申请") + styled("99", "HiddenNote") + run("12件")))).toEqual(["申请12件"]);
  });

  it("keeps a run whose style switches the inherited hiding off, or whose own properties do", () => {
    expect(read(paragraph(run("1") + styled("2", "ShownAgain")))).toEqual(["12"]);
    expect(read(paragraph(run("1") + styled("2", "Hidden", `<w:vanish w:val="false"/>`)))).toEqual(["12"]);
  });

  it("leaves out the runs of a paragraph whose style hides them, through basedOn too", () => {
    const body =
      paragraph(run("本年新收申请999件"), inStyle("HiddenPara")) +
      paragraph(run("注：旧数据"), inStyle("HiddenParaChild")) +
      paragraph(run("正文"));
    expect(read(body)).toEqual(["", "", "正文"]);
    expect(paragraphs(readBody(body, { styles: STYLES }))[0].style).toBe("HiddenPara");
  });

  it("lets a run's own properties show text its paragraph style hides", () => {
    const shown = `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>12</w:t></w:r>`;
    expect(read(paragraph(run("1") + shown, inStyle("HiddenPara")))).toEqual(["12"]);
  });

  // ECMA-376 §17.7.3: vanish is a toggle property; a character style that sets it over a
  // paragraph style that sets it toggles it back, as Word's Strong in a bold heading is not bold
  it("shows a run hidden by both its paragraph style and its character style (a toggle)", () => {
    expect(read(paragraph(styled("7", "Hidden"), inStyle("HiddenPara")))).toEqual(["7"]);
  });

  it("keeps text hidden only on the web (w:webHidden) and a hidden paragraph mark's text (w:specVanish)", () => {
    const web = `<w:r><w:rPr><w:webHidden/></w:rPr><w:t>3</w:t></w:r>`;
    const mark = `<w:r><w:rPr><w:specVanish/></w:rPr><w:t>4</w:t></w:r>`;
    expect(read(paragraph(run("目录") + web + styled("5", "WebOnly") + mark))).toEqual(["目录354"]);
  });

  it("reads a style it does not have, or a basedOn loop, as not hiding", () => {
    expect(read(paragraph(run("1") + styled("2", "NoSuchStyle") + styled("3", "LoopA")))).toEqual(["123"]);
  });

  it("reads a cell printed 1 over a hidden-by-style 1 as 1", () => {
    const body = textTable([["一、本年新收政府信息公开申请数量", "x"]]).replace(
      '<w:t xml:space="preserve">x</w:t></w:r>',
      `<w:t xml:space="preserve">1</w:t></w:r>${styled("1", "HiddenNote")}`,
    );
    const [table] = tables(readBody(body, { styles: STYLES }));
    expect(table.cells.map((c) => c.text)).toEqual(["一、本年新收政府信息公开申请数量", "1"]);
  });
});
