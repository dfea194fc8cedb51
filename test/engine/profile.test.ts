import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../../src/docx";
import { check, parseProfile, profileOptions, ProfileError, validProfile } from "../../src/engine";

const seed002 = readDocx(
  new Uint8Array(readFileSync(path.join(__dirname, "../fixtures/docx/seed-002.docx"))),
);
const example = readFileSync(path.join(__dirname, "../../examples/profile-example.json"), "utf8");

describe("a profile", () => {
  it("reads the example file", () => {
    expect(parseProfile(example)).toEqual({
      name: "示例：某市考核口径",
      rules: {
        "cell-blank": { severity: "error" },
        "copied-text": { off: true },
        "numbering-gap": { off: true },
      },
    });
  });

  it("turns rules off and changes severities in a check, leaving the rest as they were", () => {
    const plain = check(seed002);
    expect(plain.findings.filter((f) => f.rule === "cell-blank").every((f) => f.severity === "warning")).toBe(
      true,
    );
    const profile = validProfile({
      name: "测试",
      rules: { "cell-blank": { severity: "error" }, "table-row-missing": { off: true } },
    });
    const tuned = check(seed002, profileOptions(profile));
    const blanks = tuned.findings.filter((f) => f.rule === "cell-blank");
    expect(blanks).toHaveLength(plain.findings.filter((f) => f.rule === "cell-blank").length);
    expect(blanks.every((f) => f.severity === "error")).toBe(true);
    expect(tuned.findings.some((f) => f.rule === "table-row-missing")).toBe(false);
    const others = (r: typeof plain) =>
      r.findings.filter((f) => f.rule !== "cell-blank" && f.rule !== "table-row-missing");
    expect(others(tuned)).toEqual(others(plain));
  });

  it("asks nothing of a check when absent or empty", () => {
    expect(profileOptions(null)).toEqual({});
    expect(profileOptions({ name: "空", rules: {} })).toEqual({});
  });

  it.each([
    ["{", /不是有效的 JSON/],
    ["[]", /应是一个 JSON 对象/],
    ['{"rules":{}}', /缺少名称/],
    ['{"name":"x"}', /缺少 rules/],
    ['{"name":"x","rules":{"no-such-rule":{"off":true}}}', /“no-such-rule”不是本工具的规则/],
    ['{"name":"x","rules":{"cell-blank":true}}', /应是一个对象/],
    ['{"name":"x","rules":{"cell-blank":{"of":true}}}', /不认识的项：of/],
    ['{"name":"x","rules":{"cell-blank":{"off":"yes"}}}', /off 应是 true 或 false/],
    ['{"name":"x","rules":{"cell-blank":{"severity":"fatal"}}}', /severity 应是 error/],
    ['{"name":"x","rules":{"cell-blank":{"options":{"limit":3}}}}', /没有名为“limit”的参数/],
    [`{"name":"x","pad":"${"a".repeat(70000)}","rules":{}}`, /太大/],
  ])("refuses %s with a Chinese message", (text, message) => {
    expect(() => parseProfile(text)).toThrow(ProfileError);
    expect(() => parseProfile(text)).toThrow(message);
  });
});
