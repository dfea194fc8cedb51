import { OPTIONS, optionHelp, parseArgs } from "../../src/cli/options";

describe("the option table", () => {
  it("parses switches and values, with or without =", () => {
    expect(parseArgs(["--errors-only", "--year", "2024", "--convert", "--previous=去年/", "a/"])).toEqual({
      json: false,
      csv: false,
      lang: "zh",
      errorsOnly: true,
      convert: true,
      year: 2024,
      previous: "去年/",
      paths: ["a/"],
    });
    expect(parseArgs(["--year=2023", "--lang=en", "a.docx"])).toMatchObject({ year: 2023, lang: "en" });
  });

  it("says what is wrong with a value, a missing value or an unknown option", () => {
    expect(parseArgs(["--year", "今年", "a.docx"])).toBe("--year 需要四位年份，收到“今年”。");
    expect(parseArgs(["a.docx", "--year"])).toBe("--year 需要一个值（年份）。");
    expect(parseArgs(["--fix"])).toBe("--fix 需要一个文件夹，用来放副本。");
    expect(parseArgs(["--bogus", "a.docx"])).toBe("不认识的选项“--bogus”。");
    expect(parseArgs(["--json", "--csv", "a.docx"])).toBe("--json 和 --csv 只能选一个。");
    expect(parseArgs([])).toBe("请给出要检查的 .docx 文件或文件夹。");
  });

  it("lists every option of the table in the help", () => {
    const help = optionHelp();
    for (const option of OPTIONS) expect(help).toContain(option.flag);
  });
});
