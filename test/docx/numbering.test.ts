import { para, paragraphs, readBody } from "./fixtures/markup";

const lvl = (ilvl: number, numFmt: string, lvlText: string, extra = "", start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${numFmt}"/>` +
  `<w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;

const abstractNum = (id: number, levels: string, extra = ""): string =>
  `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`;

const num = (numId: number, abstractNumId: number, overrides = ""): string =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractNumId}"/>${overrides}</w:num>`;

const numPr = (numId: number, ilvl?: number): string =>
  `<w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;

const listTexts = (body: string, numbering: string, styles?: string): (string | undefined)[] =>
  paragraphs(readBody(body, { numbering, ...(styles !== undefined && { styles }) })).map((p) => p.listText);

/** Report outline numbering: 一、 at level 0, （一） at level 1, 1. at level 2. */
const OUTLINE = abstractNum(
  0,
  lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3."),
);

const HEADING_STYLES =
  `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>` +
  `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;

describe("automatic list numbering (listText)", () => {
  it("gives the automatic numbering of a heading as listText 二、 and keeps it out of the text", () => {
    const body =
      para("总体情况", `<w:pStyle w:val="1"/>`) + para("正文") + para("主动公开", `<w:pStyle w:val="1"/>`);
    const numbering = abstractNum(0, lvl(0, "chineseCounting", "%1、")) + num(1, 0);
    const [first, text, second] = paragraphs(readBody(body, { numbering, styles: HEADING_STYLES }));
    expect(first).toMatchObject({ text: "总体情况", listText: "一、", style: "heading 1", outlineLevel: 0 });
    expect(text.listText).toBeUndefined();
    expect(second).toMatchObject({ text: "主动公开", listText: "二、" });
  });

  it("counts in Chinese: 一 … 十, 十一 … 二十, 二十一", () => {
    const body = Array.from({ length: 21 }, (_, i) => para(`第${i + 1}项`, numPr(1, 0))).join("");
    const numbering = abstractNum(0, lvl(0, "chineseCounting", "%1、")) + num(1, 0);
    const got = listTexts(body, numbering);
    expect([got[0], got[1], got[9], got[10], got[18], got[19], got[20]]).toEqual([
      "一、",
      "二、",
      "十、",
      "十一、",
      "十九、",
      "二十、",
      "二十一、",
    ]);
  });

  it("restarts lower levels when a higher level advances", () => {
    const body =
      para("甲", numPr(1, 0)) +
      para("乙", numPr(1, 1)) +
      para("丙", numPr(1, 1)) +
      para("丁", numPr(1, 2)) +
      para("戊", numPr(1, 0)) +
      para("己", numPr(1, 1));
    expect(listTexts(body, OUTLINE + num(1, 0))).toEqual([
      "一、",
      "（一）",
      "（二）",
      "1.",
      "二、",
      "（一）",
    ]);
  });

  it("keeps a level that says lvlRestart 0 counting across higher levels", () => {
    const numbering =
      abstractNum(0, lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2", `<w:lvlRestart w:val="0"/>`)) +
      num(1, 0);
    const body =
      para("a", numPr(1, 0)) + para("b", numPr(1, 1)) + para("c", numPr(1, 0)) + para("d", numPr(1, 1));
    expect(listTexts(body, numbering)).toEqual(["1.", "1.1", "2.", "2.2"]);
  });

  it("continues counting across paragraphs in table cells and across list instances of one definition", () => {
    const numbering = abstractNum(0, lvl(0, "decimal", "%1.")) + num(1, 0) + num(2, 0);
    const body =
      para("a", numPr(1, 0)) +
      `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>${para("in cell", numPr(1, 0))}</w:tc></w:tr></w:tbl>` +
      para("b", numPr(2, 0));
    expect(listTexts(body, numbering)).toEqual(["1.", "3."]);
  });

  it("restarts an instance with a startOverride where it is first used", () => {
    const numbering =
      abstractNum(0, lvl(0, "decimal", "%1.")) +
      num(1, 0) +
      num(2, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`) +
      num(3, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride>`);
    const body =
      para("a", numPr(1, 0)) +
      para("b", numPr(1, 0)) +
      para("c", numPr(2, 0)) +
      para("d", numPr(2, 0)) +
      para("e", numPr(3, 0)) +
      para("f", numPr(1, 0));
    expect(listTexts(body, numbering)).toEqual(["1.", "2.", "1.", "2.", "8.", "9."]);
  });

  it("uses a level replaced by a lvlOverride", () => {
    const numbering =
      abstractNum(0, lvl(0, "decimal", "%1.")) +
      num(1, 0, `<w:lvlOverride w:ilvl="0">${lvl(0, "upperRoman", "%1)", "", 4)}</w:lvlOverride>`);
    expect(listTexts(para("a", numPr(1, 0)) + para("b", numPr(1, 0)), numbering)).toEqual(["IV)", "V)"]);
  });

  it("follows numStyleLink to the numbering style's definition", () => {
    const styles =
      `<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report List"/>` +
      `<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>`;
    const numbering =
      abstractNum(1, lvl(0, "chineseCounting", "%1、"), `<w:styleLink w:val="ReportList"/>`) +
      abstractNum(2, "", `<w:numStyleLink w:val="ReportList"/>`) +
      num(5, 1) +
      num(6, 2);
    expect(listTexts(para("a", numPr(6, 0)) + para("b", numPr(6, 0)), numbering, styles)).toEqual([
      "一、",
      "二、",
    ]);
  });

  it("writes every number in decimal at a legal-numbering level", () => {
    const numbering =
      abstractNum(0, lvl(0, "chineseCounting", "%1、") + lvl(1, "decimal", "%1.%2", "<w:isLgl/>")) +
      num(1, 0);
    expect(listTexts(para("a", numPr(1, 0)) + para("b", numPr(1, 1)), numbering)).toEqual(["一、", "1.1"]);
  });

  it("takes the level linked to the paragraph style when the style gives no ilvl", () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/>` +
      `<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const numbering =
      abstractNum(
        0,
        lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）", `<w:pStyle w:val="2"/>`),
      ) + num(1, 0);
    expect(listTexts(para("a", numPr(1, 0)) + para("b", `<w:pStyle w:val="2"/>`), numbering, styles)).toEqual(
      ["一、", "（一）"],
    );
  });

  it("gives a bullet as its character, a Symbol-font bullet as •, and format none as empty text", () => {
    const numbering =
      abstractNum(0, lvl(0, "bullet", "–")) +
      abstractNum(1, lvl(0, "bullet", "\uF06C")) +
      abstractNum(2, lvl(0, "none", "")) +
      num(1, 0) +
      num(2, 1) +
      num(3, 2);
    expect(
      listTexts(para("a", numPr(1, 0)) + para("b", numPr(2, 0)) + para("c", numPr(3, 0)), numbering),
    ).toEqual(["–", "•", ""]);
  });

  it("takes a paragraph with numId 0 out of its style's list", () => {
    const body = para("a", `<w:pStyle w:val="1"/>`) + para("b", `<w:pStyle w:val="1"/>${numPr(0)}`);
    const numbering = abstractNum(0, lvl(0, "chineseCounting", "%1、")) + num(1, 0);
    expect(listTexts(body, numbering, HEADING_STYLES)).toEqual(["一、", undefined]);
  });

  it("gives no listText for an undefined list or level, or without numbering.xml", () => {
    const numbering = abstractNum(0, lvl(0, "decimal", "%1.")) + num(1, 0) + num(2, 9);
    const body = para("a", numPr(7, 0)) + para("b", numPr(1, 4)) + para("c", numPr(2, 0));
    expect(listTexts(body, numbering)).toEqual([undefined, undefined, undefined]);
    expect(paragraphs(readBody(para("a", numPr(1, 0))))[0].listText).toBeUndefined();
  });

  it("reads the fallback number format Word 2010 writes beside a custom format", () => {
    const custom =
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">` +
      `<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>` +
      `<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>` +
      `<w:lvlText w:val="%1"/></w:lvl>`;
    expect(listTexts(para("a", numPr(1, 0)), abstractNum(0, custom) + num(1, 0))).toEqual(["01"]);
  });
});
