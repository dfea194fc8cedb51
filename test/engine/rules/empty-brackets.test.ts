import { reportWith } from "../../helpers/narrative";
import { findingsOf } from "../../helpers/rule-tester";

const RULE = "empty-brackets";

describe(RULE, () => {
  it.each([
    ["政府网站网址为（），欢迎访问。", "（）"],
    ["政府网站网址为（ ），欢迎访问。", "（）"],
    ["政府网站网址为( )，欢迎访问。", "（）"],
    ["依据《》有关规定。", "《》"],
    ["详见【 】。", "【】"],
  ])("reports the empty brackets in %s", (text, brackets) => {
    const found = findingsOf(RULE, reportWith({ s1: [text] }));
    expect(found.map((f) => [f.messageId, f.section, f.severity, f.data.brackets])).toEqual([
      ["empty", "s1", "warning", brackets],
    ]);
  });

  it("quotes the place as written", () => {
    const [f] = findingsOf(RULE, reportWith({ s1: ["政府网站网址为（），欢迎访问。"] }));
    expect(f.message).toBe("“政府网站网址为（），欢迎访问。”中有空括号“（）”，应填上内容或删去括号。");
  });

  it.each(["网址为（www.gov.cn）。", "调用 init() 完成。", "依据《中华人民共和国政府信息公开条例》。"])(
    "leaves %s alone",
    (text) => {
      expect(findingsOf(RULE, reportWith({ s1: [text] }))).toEqual([]);
    },
  );
});
