import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "../../src/cli/run";
import { cli } from "../helpers/cli";
import { inTempFolder } from "../helpers/temp-folder";

const seed002 = "test/fixtures/docx/seed-002.docx";

describe("report-check --profile", () => {
  it("takes a profile file, with or without =", () => {
    expect(parseArgs(["--profile", "p.json", "a.docx"])).toMatchObject({
      profile: "p.json",
      paths: ["a.docx"],
    });
    expect(parseArgs(["--profile=p.json", "a.docx"])).toMatchObject({ profile: "p.json" });
    expect(parseArgs(["--profile"])).toBe("--profile 需要规则配置文件的文件名。");
  });

  it("checks with the profile's rules and severities", () => {
    const plain = JSON.parse(cli("--json", seed002).stdout).files[0].findings as {
      rule: string;
      severity: string;
    }[];
    const tuned = JSON.parse(cli("--json", "--profile", "examples/profile-example.json", seed002).stdout)
      .files[0].findings as { rule: string; severity: string }[];
    const blanks = (fs: typeof plain) => fs.filter((f) => f.rule === "cell-blank").map((f) => f.severity);
    expect(blanks(plain).length).toBeGreaterThan(0);
    expect(new Set(blanks(plain))).toEqual(new Set(["warning"]));
    expect(new Set(blanks(tuned))).toEqual(new Set(["error"]));
    expect(tuned.filter((f) => f.rule !== "cell-blank")).toEqual(
      plain.filter((f) => f.rule !== "cell-blank"),
    );
  });

  it("stops with exit code 2 and a Chinese message on a bad profile", () => {
    inTempFolder("profile", (dir) => {
      const bad = path.join(dir, "bad.json");
      writeFileSync(bad, '{"name":"x","rules":{"cell-blank":{"severity":"fatal"}}}');
      const { code, stderr, stdout } = cli("--profile", bad, seed002);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(`规则配置文件“${bad}”有误：规则“cell-blank”的 severity 应是 error`);
      expect(cli("--profile", path.join(dir, "missing.json"), seed002).stderr).toMatch(
        /无法读取规则配置文件/,
      );
    });
  });
});
