import { para, paragraph, paragraphs, readBody, run, textTable, texts } from "./fixtures/markup";

const field = (code: string, result: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

describe("paragraph text", () => {
  it("reads top-level paragraphs in document order with their runs joined", () => {
    const snapshot = readBody(para("一、总体情况") + paragraph(run("2023年，") + run("我单位")));
    expect(texts(snapshot)).toEqual(["一、总体情况", "2023年，我单位"]);
  });

  it("ignores deleted text and keeps inserted text", () => {
    const body = paragraph(
      run("共收到申请") +
        `<w:del w:id="1" w:author="a"><w:r><w:delText>12</w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="a">${run("15")}</w:ins>` +
        run("件"),
    );
    expect(texts(readBody(body))).toEqual(["共收到申请15件"]);
  });

  it("leaves out hidden text (w:vanish), unless the property is switched off", () => {
    const hidden = (text: string, val = "") =>
      `<w:r><w:rPr><w:vanish${val ? ` w:val="${val}"` : ""}/></w:rPr><w:t>${text}</w:t></w:r>`;
    expect(texts(readBody(paragraph(run("1") + hidden("1"))))).toEqual(["1"]);
    expect(texts(readBody(paragraph(run("1") + hidden("2", "false") + hidden("3", "0"))))).toEqual(["123"]);
  });

  it("leaves out text moved away and keeps it where it was moved to", () => {
    const body = paragraph(
      `<w:moveFrom w:id="1" w:author="a">${run("旧位置")}</w:moveFrom>` +
        run("正文") +
        `<w:moveTo w:id="2" w:author="a">${run("新位置")}</w:moveTo>`,
    );
    expect(texts(readBody(body))).toEqual(["正文新位置"]);
  });

  it("reads text inside hyperlinks, smart tags, simple fields, run-level content controls and custom XML", () => {
    const body = paragraph(
      `<w:hyperlink r:id="rId9">${run("链接")}</w:hyperlink>` +
        `<w:smartTag w:uri="u" w:element="date">${run("2023年")}</w:smartTag>` +
        `<w:fldSimple w:instr=" PAGE ">${run("3")}</w:fldSimple>` +
        `<w:sdt><w:sdtPr><w:alias w:val="名称"/></w:sdtPr><w:sdtContent>${run("青石区")}</w:sdtContent></w:sdt>` +
        `<w:customXml w:element="unit"><w:customXmlPr/>${run("人民政府")}</w:customXml>`,
    );
    expect(texts(readBody(body))).toEqual(["链接2023年3青石区人民政府"]);
  });

  it("shows a complex field's result and hides its code", () => {
    const body = paragraph(run("第") + field(" PAGE \\* MERGEFORMAT ", "5") + run("页"));
    expect(texts(readBody(body))).toEqual(["第5页"]);
  });

  it("hides a field nested in another field's code", () => {
    const body = paragraph(
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>` +
        field(" DATE ", "2024") +
        `<w:r><w:instrText> = 1 "是" "否" </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("是")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    );
    expect(texts(readBody(body))).toEqual(["是"]);
  });

  it("does not let a field left open hide the next paragraph", () => {
    const body =
      paragraph(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC </w:instrText></w:r>`) +
      para("二、主动公开政府信息情况");
    expect(texts(readBody(body))).toEqual(["", "二、主动公开政府信息情况"]);
  });

  it("writes tabs, breaks and non-breaking hyphens and ignores symbols", () => {
    const body = paragraph(
      `<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t>` +
        `<w:noBreakHyphen/><w:t>戊</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:softHyphen/></w:r>`,
    );
    expect(texts(readBody(body))).toEqual(["甲\t乙\n丙\n丁-戊"]);
  });

  it("reads digits inserted as symbols (w:sym) as digits, in a symbol font's own codes or Unicode", () => {
    const sym = (font: string, char: string) => `<w:sym w:font="${font}" w:char="${char}"/>`;
    const cell = paragraph(
      `<w:r>${sym("Symbol", "F031")}${sym("Symbol", "F032")}${sym("Times New Roman", "0035")}</w:r>`,
    );
    expect(texts(readBody(cell))).toEqual(["125"]);
    // a picture font's "1" is a picture; other symbols and a code that is no digit add nothing
    const others = paragraph(
      `<w:r><w:t>共</w:t>${sym("Wingdings", "F031")}${sym("Symbol", "F0B4")}${sym("SimSun", "A031")}<w:t>件</w:t></w:r>`,
    );
    expect(texts(readBody(others))).toEqual(["共件"]);
  });

  it("decodes character references in text", () => {
    expect(texts(readBody(para("A&amp;B &lt;C&gt; &#x4E00;&#20108;")))).toEqual(["A&B <C> 一二"]);
  });

  it("keeps no text from text boxes and does not count their paragraphs", () => {
    const textBox =
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx>` +
      `<w:txbxContent>${para("文本框一")}</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${para("文本框一")}</w:txbxContent>` +
      `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const snapshot = readBody(paragraph(run("正文") + textBox) + para("下一段"));
    expect(paragraphs(snapshot).map((p) => [p.text, p.ref])).toEqual([
      ["正文", { p: 0 }],
      ["下一段", { p: 1 }],
    ]);
  });

  it("counts the text boxes that hold text of their own, each shape once, tables and spaces aside", () => {
    const shape = (content: string): string =>
      `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wps:wsp><wps:txbx>` +
      `<w:txbxContent>${content}</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${content}</w:txbxContent>` +
      `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;
    const line = `<w:pict><v:line from="0,0" to="100pt,0"/></w:pict>`;
    const body =
      paragraph(`<w:r>${shape(para("一、总体情况"))}${shape(para("2023"))}${line}</w:r>`) +
      paragraph(`<w:r>${shape(textTable([["项目", "数量"]]))}${shape(para("  "))}</w:r>`) +
      para("正文");
    expect(paragraphs(readBody(body)).map((p) => [p.text, p.textBoxes, p.pictures])).toEqual([
      ["", 2, 1],
      ["", undefined, undefined],
      ["正文", undefined, undefined],
    ]);
  });

  it("takes markup-compatibility text from the choice, or from the fallback when the choice has none", () => {
    const alternative = (choice: string, fallback: string): string =>
      `<mc:AlternateContent><mc:Choice Requires="w14">${choice}</mc:Choice>` +
      `<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
    const body =
      paragraph(alternative(run("新"), run("旧"))) +
      paragraph(alternative("", run("旧"))) +
      paragraph(`<w:r>${alternative("<w:t>选</w:t>", "<w:t>备</w:t>")}</w:r>`);
    expect(texts(readBody(body))).toEqual(["新", "旧", "选"]);
  });

  it("reads the choice Word shows: the first whose namespaces it understands, else the fallback", () => {
    const rcx = `xmlns:rcx="urn:example:not-word"`;
    const body =
      // a figure hidden in a choice no Word shows, the one Word shows in the fallback
      paragraph(
        `<mc:AlternateContent ${rcx}><mc:Choice Requires="rcx">${run("3")}</mc:Choice>` +
          `<mc:Fallback>${run("4")}</mc:Fallback></mc:AlternateContent>`,
      ) +
      // a prefix bound nowhere is understood by no one
      paragraph(
        `<mc:AlternateContent><mc:Choice Requires="zz">${run("5")}</mc:Choice>` +
          `<mc:Fallback>${run("6")}</mc:Fallback></mc:AlternateContent>`,
      ) +
      // the first choice understood, after one that is not; every prefix of a choice must be
      paragraph(
        `<mc:AlternateContent ${rcx}><mc:Choice Requires="rcx">${run("7")}</mc:Choice>` +
          `<mc:Choice Requires="w14 rcx">${run("8")}</mc:Choice>` +
          `<mc:Choice Requires="wps w14">${run("9")}</mc:Choice>` +
          `<mc:Fallback>${run("0")}</mc:Fallback></mc:AlternateContent>`,
      );
    expect(texts(readBody(body))).toEqual(["4", "6", "9"]);
  });

  it("reads the base text of ruby (phonetic guide) text without the annotation", () => {
    const body = paragraph(
      `<w:r><w:ruby><w:rubyPr/><w:rt>${run("gōng kāi")}</w:rt><w:rubyBase>${run("公开")}</w:rubyBase></w:ruby></w:r>`,
    );
    expect(texts(readBody(body))).toEqual(["公开"]);
  });

  it("unwraps paragraphs inside block-level content controls and custom XML", () => {
    const body =
      `<w:sdt><w:sdtPr/><w:sdtContent>${para("控件内段落")}` +
      `<w:sdt><w:sdtContent>${para("嵌套控件")}</w:sdtContent></w:sdt></w:sdtContent></w:sdt>` +
      `<w:customXml w:element="x"><w:customXmlPr/>${para("自定义")}</w:customXml>` +
      para("正文");
    const snapshot = readBody(body);
    expect(paragraphs(snapshot).map((p) => [p.text, p.ref.p])).toEqual([
      ["控件内段落", 0],
      ["嵌套控件", 1],
      ["自定义", 2],
      ["正文", 3],
    ]);
  });

  it("reads an empty paragraph as an empty block", () => {
    expect(readBody("<w:p/>").blocks).toEqual([{ kind: "paragraph", text: "", ref: { p: 0 } }]);
  });
});
