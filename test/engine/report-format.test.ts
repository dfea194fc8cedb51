import { check } from "../../src/engine";
import { textFormatter } from "../../src/cli/format-text";
import { format2019 } from "../../src/template";
import { officialTable, report } from "../helpers/snapshot";

describe("the report's table format", () => {
  it("is the one format its tables follow; table 四, alike in both, does not count", () => {
    expect(check(report()).format).toBe("2021");
    expect(check(report({ format: format2019 })).format).toBe("2019");
  });

  it("is stated per table when the tables mix formats", () => {
    const mixed = report({ year: 2022, tables: { table2: officialTable("table2", {}, format2019) } });
    const result = check(mixed);
    expect(result.format).toBe("mixed");
    expect(result.tables.map((t) => [t.key, t.format])).toEqual([
      ["table2", "2019"],
      ["table3", "2021"],
      ["table4", "2021"],
    ]);
    const text = textFormatter("zh").file({ file: "a.docx", error: null, result });
    expect(text).toContain("表二 2019 年试行格式、表三 2021 年版格式");
    expect(text).not.toMatch(/（2022 年度，2019 年试行格式）/);
  });
});
