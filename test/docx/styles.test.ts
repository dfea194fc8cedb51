import { para, paragraphs, readBody } from "./fixtures/markup";

const style = (id: string, name: string, inner = "", attrs = ""): string =>
  `<w:style w:type="paragraph" w:styleId="${id}"${attrs}><w:name w:val="${name}"/>${inner}</w:style>`;

const STYLES =
  style("a", "Normal", "", ` w:default="1"`) +
  style("1", "heading 1", `<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>`) +
  style("2", "heading 2", `<w:basedOn w:val="a"/>`) +
  style("Title2", "标题 2", `<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>`) +
  style("MyHeading", "报告小标题", `<w:basedOn w:val="Title2"/>`) +
  style("BodyLike", "heading 3", `<w:pPr><w:outlineLvl w:val="9"/></w:pPr>`);

const pStyle = (id: string): string => `<w:pStyle w:val="${id}"/>`;

describe("paragraph style and outline level", () => {
  it("gives the style's display name from styles.xml", () => {
    const [heading, body] = paragraphs(
      readBody(para("一、总体情况", pStyle("1")) + para("正文"), { styles: STYLES }),
    );
    expect(heading).toMatchObject({ style: "heading 1", outlineLevel: 0 });
    expect(body.style).toBe("Normal");
    expect(body.outlineLevel).toBeUndefined();
  });

  it("gives built-in heading N without an explicit outline level the level N−1", () => {
    const [p] = paragraphs(readBody(para("（一）", pStyle("2")), { styles: STYLES }));
    expect(p).toMatchObject({ style: "heading 2", outlineLevel: 1 });
  });

  it("inherits the outline level through the basedOn chain", () => {
    const [p] = paragraphs(readBody(para("（一）主动公开", pStyle("MyHeading")), { styles: STYLES }));
    expect(p).toMatchObject({ style: "报告小标题", outlineLevel: 1 });
  });

  it("lets the paragraph's own outline level win over the style's", () => {
    const [p] = paragraphs(
      readBody(para("三、", pStyle("1") + `<w:outlineLvl w:val="2"/>`), { styles: STYLES }),
    );
    expect(p.outlineLevel).toBe(2);
  });

  it("reads outline level 9 as body text, with no level", () => {
    const [styled, direct] = paragraphs(
      readBody(para("甲", pStyle("BodyLike")) + para("乙", pStyle("1") + `<w:outlineLvl w:val="9"/>`), {
        styles: STYLES,
      }),
    );
    expect(styled.outlineLevel).toBeUndefined();
    expect(direct.outlineLevel).toBeUndefined();
  });

  it("falls back to the default paragraph style for a style id the sheet does not have", () => {
    const [p] = paragraphs(readBody(para("正文", pStyle("Missing")), { styles: STYLES }));
    expect(p.style).toBe("Normal");
  });

  it("survives a basedOn loop", () => {
    const loop = style("x", "甲", `<w:basedOn w:val="y"/>`) + style("y", "乙", `<w:basedOn w:val="x"/>`);
    const [p] = paragraphs(readBody(para("正文", pStyle("x")), { styles: loop }));
    expect(p.style).toBe("甲");
    expect(p.outlineLevel).toBeUndefined();
  });

  it("reads a document without styles.xml, taking the outline level from the paragraph alone", () => {
    const [p, q] = paragraphs(
      readBody(para("一、", pStyle("1")) + para("二、", `<w:outlineLvl w:val="0"/>`)),
    );
    expect(p.style).toBeUndefined();
    expect(p.outlineLevel).toBeUndefined();
    expect(q.outlineLevel).toBe(0);
  });
});
