import {
  applySplices,
  attr,
  child,
  innerText,
  parseTree,
  XmlEditError,
} from "../../../src/docx/write/xml-tree";
import { paragraphFormatOf } from "../../../src/docx/write";

describe("parseTree", () => {
  it("keeps every element's offsets, across comments, CDATA, processing instructions and '>' in values", () => {
    const xml = `<?xml version="1.0"?><!-- a > b --><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p w:rsidR="a>b"><![CDATA[<w:p/>]]><w:r><w:t>x &amp; y</w:t></w:r></w:p><w:p/></w:body></w:document>`;
    const root = parseTree(xml);
    const body = child(root, "w:body")!;
    expect(body.children.map((c) => c.name)).toEqual(["w:p", "w:p"]);
    const [p, empty] = body.children;
    expect(xml.slice(p.start, p.end)).toMatch(/^<w:p w:rsidR="a>b">.*<\/w:p>$/);
    expect(attr(p, "w:rsidR")).toBe("a>b");
    expect(innerText(xml, child(child(p, "w:r"), "w:t")!)).toBe("x & y");
    expect(empty).toMatchObject({ selfClosing: true, openEnd: empty.end, closeStart: empty.end });
  });

  it("gives WordprocessingML elements the w: prefix whatever prefix the file binds", () => {
    const root = parseTree(
      `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body/></x:document>`,
    );
    expect(root.name).toBe("w:document");
    expect(root.children[0]).toMatchObject({ name: "w:body", raw: "x:body" });
  });

  it("refuses text that is not well-formed", () => {
    expect(() => parseTree("<a><b></a>")).toThrow(XmlEditError);
    expect(() => parseTree("<a>")).toThrow(XmlEditError);
    expect(() => parseTree("<a/><b/>")).toThrow(XmlEditError);
  });
});

describe("applySplices", () => {
  it("applies insertions and replacements in text order, keeping the order of insertions at one place", () => {
    expect(
      applySplices("abcdef", [
        { from: 4, to: 6, text: "EF" },
        { from: 1, to: 1, text: "1" },
        { from: 1, to: 1, text: "2" },
        { from: 1, to: 3, text: "BC" },
      ]),
    ).toBe("a12BCdEF");
  });

  it("refuses overlapping changes", () => {
    expect(() =>
      applySplices("abcdef", [
        { from: 1, to: 4, text: "" },
        { from: 2, to: 3, text: "" },
      ]),
    ).toThrow(XmlEditError);
  });
});

describe("paragraphFormatOf", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const pkg = (p: string) =>
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="${W}"><w:body>${p}<w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
  const heading =
    `<w:p><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:spacing w:line="560"/>` +
    `<w:rPr><w:ins w:id="1" w:author="x"/><w:b/></w:rPr><w:sectPr><w:pgSz w:w="11906"/></w:sectPr><w:pPrChange w:id="2"><w:pPr/></w:pPrChange></w:pPr>` +
    `<w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r><w:r><w:t>尾</w:t></w:r></w:p>`;

  it("copies the paragraph's style and spacing and its first run's font onto new text", () => {
    const write = paragraphFormatOf(pkg(heading), false)!;
    const p = write("四、政府信息公开行政复议、行政诉讼情况");
    expect(p).toContain('<w:pStyle w:val="2"/>');
    expect(p).toContain('<w:spacing w:line="560"/>');
    expect(p).toContain(
      '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">四、政府信息公开行政复议、行政诉讼情况</w:t>',
    );
    expect(p).not.toMatch(/尾|三、/);
  });

  it("leaves out section breaks, revision records and, unless kept, list numbering", () => {
    const plain = paragraphFormatOf(pkg(heading), false)!("x");
    expect(plain).not.toMatch(/w:sectPr|w:pPrChange|w:ins|w:numPr/);
    expect(paragraphFormatOf(pkg(heading), true)!("x")).toContain('<w:numId w:val="3"/>');
  });

  it("returns null for a package without a paragraph", () => {
    expect(paragraphFormatOf(pkg(""), false)).toBeNull();
    expect(paragraphFormatOf("<broken", false)).toBeNull();
  });
});
